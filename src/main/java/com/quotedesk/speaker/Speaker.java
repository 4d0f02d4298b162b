package com.quotedesk.speaker;

import com.quotedesk.common.TextKey;
import com.quotedesk.extraction.PartyType;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who uttered the words: a person, organisation, government, outlet, crowd or anonymous party.
 * A speaker merged into another keeps its row (history refers to it) with {@code mergedInto} set.
 */
@Entity
@Table(name = "speaker")
public class Speaker extends PanacheEntity {

    public String name;
    @Column(name = "name_key")
    public String nameKey;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "VARCHAR(16)")
    public PartyType type;
    @Column(name = "merged_into")
    public Long mergedInto;
    @Column(name = "created_at")
    public Instant createdAt;
    @OneToMany(mappedBy = "speaker", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<SpeakerAlias> aliases = new ArrayList<>();

    public static Speaker create(String name, PartyType type) {
        Speaker s = new Speaker();
        s.name = name;
        s.nameKey = TextKey.of(name);
        s.type = type;
        s.createdAt = Instant.now();
        return s;
    }

    public boolean addAlias(String alias) {
        String key = TextKey.of(alias);
        if (key.isEmpty() || key.equals(nameKey) || aliases.stream().anyMatch(a -> a.aliasKey.equals(key))) {
            return false;
        }
        SpeakerAlias a = new SpeakerAlias();
        a.speaker = this;
        a.alias = alias.strip();
        a.aliasKey = key;
        aliases.add(a);
        return true;
    }

    /**
     * Live (not merged) speakers whose name or an alias folds to {@code key}, by id. Two indexed lookups
     * (name, then alias): an {@code or} across a join of the aliases made the databases scan the whole
     * registry. {@code mergedInto} is checked here: in the query, H2 would start from its index and scan.
     */
    public static List<Speaker> findByKey(String key) {
        Map<Long, Speaker> found = new TreeMap<>();
        for (Speaker s : Speaker.<Speaker>list("nameKey = ?1", key)) {
            found.put(s.id, s);
        }
        for (Speaker s : Speaker.<Speaker>list("select a.speaker from SpeakerAlias a where a.aliasKey = ?1", key)) {
            found.put(s.id, s);
        }
        return found.values().stream().filter(s -> s.mergedInto == null).toList();
    }

    public static Optional<Speaker> findLive(long id) {
        return Speaker.<Speaker>findByIdOptional(id).filter(s -> s.mergedInto == null);
    }

    public static List<Speaker> listLive() {
        return list("mergedInto is null order by name");
    }
}
