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
import java.util.TreeMap;

/** The channel words came through: an agency, outlet, statement or document. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntity {

    public String name;
    @Column(name = "name_key")
    public String nameKey;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "VARCHAR(16)")
    public PartyType type;
    @Column(name = "state_media")
    public boolean stateMedia;
    @Column(name = "created_at")
    public Instant createdAt;
    @OneToMany(mappedBy = "source", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<SourceAlias> aliases = new ArrayList<>();

    public static Source create(String name, PartyType type, boolean stateMedia) {
        Source s = new Source();
        s.name = name;
        s.nameKey = TextKey.of(name);
        s.type = type;
        s.stateMedia = stateMedia;
        s.createdAt = Instant.now();
        return s;
    }

    public boolean addAlias(String alias) {
        String key = TextKey.of(alias);
        if (key.isEmpty() || key.equals(nameKey) || aliases.stream().anyMatch(a -> a.aliasKey.equals(key))) {
            return false;
        }
        SourceAlias a = new SourceAlias();
        a.source = this;
        a.alias = alias.strip();
        a.aliasKey = key;
        aliases.add(a);
        return true;
    }

    /**
     * Sources whose name or an alias folds to {@code key}, by id. Two indexed lookups (name, then alias);
     * an {@code or} across a join of the aliases made the databases scan the whole registry.
     */
    public static List<Source> findByKey(String key) {
        Map<Long, Source> found = new TreeMap<>();
        for (Source s : Source.<Source>list("nameKey = ?1", key)) {
            found.put(s.id, s);
        }
        for (Source s : Source.<Source>list("select a.source from SourceAlias a where a.aliasKey = ?1", key)) {
            found.put(s.id, s);
        }
        return found.values().stream().toList();
    }

    public static List<Source> listAll() {
        return list("order by name");
    }
}
