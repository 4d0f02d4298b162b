package com.quotedesk.speaker;

import com.quotedesk.common.ProblemException;
import com.quotedesk.common.TextKey;
import com.quotedesk.extraction.Lexicon;
import com.quotedesk.extraction.Mention;
import com.quotedesk.extraction.PartyType;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The speaker and source registry: seeding, resolving the extractor's mentions to rows (creating a
 * speaker for a name never seen before), aliases and merges, and the {@link Lexicon} the extractor
 * reads - rebuilt from the database whenever the registry has changed, so the registry growing makes
 * extraction better.
 */
@ApplicationScoped
@Transactional
public class RegistryService {

    private volatile Lexicon lexicon;

    /**
     * Adds the seed parties and aliases the database lacks; never removes anything. One transaction that
     * reads the registry once (live speakers and all sources, with their aliases) and writes the missing
     * rows in batches: the former two look-ups and a commit per entry (≈ 270 statements) took 1.1-2.6 s
     * of every first start. A party is found as {@code Speaker.findByKey} finds it: the lowest id among
     * those whose name or an alias folds to the entry's name.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void seed(List<Lexicon.Entry> entries) {
        long started = System.nanoTime();
        KeyIndex<Speaker> speakers = new KeyIndex<>(s -> s.nameKey, s -> s.aliases.stream().map(a -> a.aliasKey),
                Speaker::addAlias);
        Speaker.<Speaker>list("select distinct s from Speaker s left join fetch s.aliases where s.mergedInto is null")
                .forEach(speakers::add);
        KeyIndex<Source> sources = new KeyIndex<>(s -> s.nameKey, s -> s.aliases.stream().map(a -> a.aliasKey),
                Source::addAlias);
        Source.<Source>list("select distinct s from Source s left join fetch s.aliases").forEach(sources::add);
        int added = 0;
        for (Lexicon.Entry e : entries) {
            if (e.speaker() && speakers.seed(e, () -> Speaker.create(e.name(), e.type()))) {
                added++;
            }
            if (e.source() && sources.seed(e, () -> Source.create(e.name(), e.type(), e.stateMedia()))) {
                added++;
            }
        }
        if (added > 0) {
            Log.infof("Registry seeded with %d new speakers and sources in %d ms", added,
                    (System.nanoTime() - started) / 1_000_000);
        }
        lexicon = null;
    }

    /** Parties by the keys of their names and aliases; a key shared by several finds the lowest id. */
    private static final class KeyIndex<T extends PanacheEntity> {
        private final Map<String, TreeMap<Long, T>> byKey = new HashMap<>();
        private final Function<T, String> nameKey;
        private final Function<T, Stream<String>> aliasKeys;
        private final BiConsumer<T, String> addAlias;

        KeyIndex(Function<T, String> nameKey, Function<T, Stream<String>> aliasKeys, BiConsumer<T, String> addAlias) {
            this.nameKey = nameKey;
            this.aliasKeys = aliasKeys;
            this.addAlias = addAlias;
        }

        void add(T party) {
            Stream.concat(Stream.of(nameKey.apply(party)), aliasKeys.apply(party))
                    .forEach(k -> byKey.computeIfAbsent(k, x -> new TreeMap<>()).put(party.id, party));
        }

        /** The entry's party, created if none has its name; its aliases added. Whether it was created. */
        boolean seed(Lexicon.Entry e, Supplier<T> create) {
            TreeMap<Long, T> found = byKey.get(TextKey.of(e.name()));
            T party = found == null ? null : found.firstEntry().getValue();
            boolean created = party == null;
            if (created) {
                party = create.get();
                party.persist();
            }
            T p = party;
            e.aliases().forEach(alias -> addAlias.accept(p, alias));
            add(party);
            return created;
        }
    }

    /** The lexicon for the extractor, rebuilt after any registry change. */
    @Transactional
    public Lexicon lexicon() {
        Lexicon current = lexicon;
        if (current == null) {
            current = buildLexicon();
            lexicon = current;
        }
        return current;
    }

    public void invalidate() {
        lexicon = null;
    }

    private Lexicon buildLexicon() {
        Map<String, Lexicon.Entry> byKey = new LinkedHashMap<>();
        for (Speaker s : Speaker.<Speaker>list("select distinct s from Speaker s left join fetch s.aliases "
                + "where s.mergedInto is null")) {
            add(byKey, s.name, s.nameKey, s.type, true, false, false, s.aliases.stream().map(a -> a.alias).toList());
        }
        for (Source s : Source.<Source>list("select distinct s from Source s left join fetch s.aliases")) {
            add(byKey, s.name, s.nameKey, s.type, false, true, s.stateMedia,
                    s.aliases.stream().map(a -> a.alias).toList());
        }
        return Lexicon.of(byKey.values());
    }

    private static void add(Map<String, Lexicon.Entry> byKey, String name, String key, PartyType type,
                            boolean speaker, boolean source, boolean state, List<String> aliases) {
        Lexicon.Entry old = byKey.get(key);
        if (old == null) {
            byKey.put(key, new Lexicon.Entry(name, type, speaker, source, state, aliases));
            return;
        }
        Set<String> all = new LinkedHashSet<>(old.aliases());
        all.addAll(aliases);
        byKey.put(key, new Lexicon.Entry(old.name(), old.type(), old.speaker() || speaker,
                old.source() || source, old.stateMedia() || state, new ArrayList<>(all)));
    }

    /** The speaker a mention names, created when the registry does not know it yet. */
    public Speaker resolveSpeaker(Mention m) {
        if (m == null || m.name() == null || m.name().isBlank()) {
            return null;
        }
        List<Speaker> found = Speaker.findByKey(TextKey.of(m.name()));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Speaker s = Speaker.create(clip(m.name()), m.type() == null ? PartyType.PERSON : m.type());
        if (m.text() != null && !m.text().isBlank()) {
            s.addAlias(clip(m.text()));
        }
        s.persist();
        lexicon = null;
        return s;
    }

    /** The source a mention names, created when the registry does not know it yet. */
    public Source resolveSource(Mention m, boolean stateMedia) {
        if (m == null || m.name() == null || m.name().isBlank()) {
            return null;
        }
        List<Source> found = Source.findByKey(TextKey.of(m.name()));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Source s = Source.create(clip(m.name()), m.type() == null ? PartyType.MEDIA : m.type(), stateMedia);
        if (m.text() != null && !m.text().isBlank()) {
            s.addAlias(clip(m.text()));
        }
        s.persist();
        lexicon = null;
        return s;
    }

    /** A speaker by id ("12"), canonical name or alias; created with {@code type} when {@code create}. */
    public Speaker speakerByReference(String ref, boolean create) {
        String r = ref.strip();
        if (r.matches("\\d{1,18}")) {
            return Speaker.findLive(Long.parseLong(r))
                    .orElseThrow(() -> ProblemException.badRequest("speaker", "No speaker with id " + r));
        }
        List<Speaker> found = Speaker.findByKey(TextKey.of(r));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        if (!create) {
            throw ProblemException.badRequest("speaker", "No speaker is called '" + r + "'");
        }
        return resolveSpeaker(new Mention(r, -1, -1, r, PartyType.PERSON, false));
    }

    /** A source by id, canonical name or alias; created when {@code create}. */
    public Source sourceByReference(String ref, boolean create) {
        String r = ref.strip();
        if (r.matches("\\d{1,18}")) {
            return Source.<Source>findByIdOptional(Long.parseLong(r))
                    .orElseThrow(() -> ProblemException.badRequest("source", "No source with id " + r));
        }
        List<Source> found = Source.findByKey(TextKey.of(r));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        if (!create) {
            throw ProblemException.badRequest("source", "No source is called '" + r + "'");
        }
        return resolveSource(new Mention(r, -1, -1, r, PartyType.MEDIA, false), false);
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() > 300 ? t.substring(0, 300) : t;
    }
}
