package com.quotedesk.extraction;

import com.quotedesk.common.TextKey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parties the extractor can name: canonical English names with their aliases in any language.
 * Built from the shipped seed ({@code /registry/seed.tsv}) in tests and batch use, and from the
 * database registry in the service, so that the registry growing makes extraction better.
 */
public final class Lexicon {

    /**
     * One known party.
     *
     * @param speaker    may be named as the one who said something
     * @param source     may be named as the channel something came through
     * @param stateMedia a state-controlled outlet (TASS, KCNA, SANA...)
     */
    public record Entry(String name, PartyType type, boolean speaker, boolean source, boolean stateMedia,
                        List<String> aliases) {
    }

    /**
     * One name or alias cut into folded word keys. A title alias ("الرئيس الروسي", "the Kremlin
     * spokesman") names the party only inside an article that also names it: see {@link ArticleContext}.
     */
    record Alias(String[] keys, Entry entry, boolean title, int clitic) {
    }

    /** Leading words that make an alias a title rather than a name. */
    private static final Set<String> TITLE_HEADS = Set.of("الرئيس", "رئيس", "الزعيم", "زعيم", "وزير", "وزيره",
            "الوزير", "المتحدث", "متحدث", "الملك", "الامير", "ولي", "مساعد", "president", "prime", "minister",
            "leader", "king", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson");

    private final List<Entry> entries;
    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, List<Alias>> byFirstKey = new HashMap<>();
    private final Map<PartyType, Entry> firstOfType = new EnumMap<>(PartyType.class);
    private final Map<String, Entry> byName = new HashMap<>();

    private Lexicon(Collection<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            byKey.putIfAbsent(TextKey.of(e.name()), e);
            index(e.name(), e);
            for (String alias : e.aliases()) {
                byKey.putIfAbsent(TextKey.of(alias), e);
                index(alias, e);
            }
            firstOfType.putIfAbsent(e.type(), e);
            byName.putIfAbsent(e.name(), e);
        }
        for (List<Alias> list : byFirstKey.values()) {
            list.sort(Comparator.comparingInt((Alias a) -> -a.keys().length));
        }
    }

    private void index(String name, Entry e) {
        Tokens t = Tokens.of(name);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i)) {
                keys.add(t.key(i));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        boolean title = keys.size() > 1 && TITLE_HEADS.contains(keys.get(0));
        String[] array = keys.toArray(String[]::new);
        String first = keys.get(0);
        add(first, array, e, title, 0);
        if (first.length() >= 2 && first.charAt(0) < 0x80) {
            // a Latin name after an Arabic clitic ("لـCNN", "وBBC"): the tatweel is folded away
            for (String clitic : List.of("ل", "ب", "و", "ول", "وب")) {
                add(clitic + first, array, e, title, clitic.length());
            }
        }
        if (first.length() < 2 || first.charAt(0) < '\u0621' || first.charAt(0) > '\u064A') {
            return;
        }
        // Arabic clitics are not part of a name: index "وبوتين", "لوكالة", "والكرملين", "للكرملين" too,
        // so that matching the text costs one lookup per word. A name registered without its article
        // also names the word with it ("كرملين" → "الكرملين").
        List<String> bases = new ArrayList<>(List.of(first));
        if (!first.startsWith("ال")) {
            bases.add("ال" + first);
        }
        for (String base : bases) {
            if (base != first) {
                add(base, array, e, title, 0);
            }
            for (String prep : PREPOSITIONS) {
                String withPrep = prep.equals("ل") && base.startsWith("ال") ? "لل" + base.substring(2) : prep + base;
                add(withPrep, array, e, title, 1);
                for (String conj : CONJUNCTIONS) {
                    add(conj + withPrep, array, e, title, 2);
                }
            }
            for (String conj : CONJUNCTIONS) {
                add(conj + base, array, e, title, 1);
            }
        }
    }

    private static final List<String> PREPOSITIONS = List.of("ب", "ل", "ك");
    private static final List<String> CONJUNCTIONS = List.of("و", "ف");

    private void add(String firstKey, String[] keys, Entry e, boolean title, int clitic) {
        String[] k = keys;
        if (!firstKey.equals(keys[0])) {
            k = keys.clone();
            k[0] = firstKey;
        }
        byFirstKey.computeIfAbsent(firstKey, x -> new ArrayList<>()).add(new Alias(k, e, title, clitic));
    }

    /** The aliases whose first word (clitics included) folds to {@code key}, longest first; null if none. */
    List<Alias> aliasesStartingWith(String key) {
        return byFirstKey.get(key);
    }

    /** The party with exactly this canonical name (as {@link Mention#name()} carries it), or null. */
    Entry byCanonicalName(String name) {
        return byName.get(name);
    }

    /** The first registered party of a type, e.g. the crowd a chant is attributed to. */
    Optional<Entry> firstOfType(PartyType type) {
        return Optional.ofNullable(firstOfType.get(type));
    }

    public static Lexicon of(Collection<Entry> entries) {
        return new Lexicon(entries);
    }

    public static Lexicon empty() {
        return new Lexicon(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The party whose name or alias folds to the same key as {@code mention}. */
    public Optional<Entry> lookup(String mention) {
        return Optional.ofNullable(byKey.get(TextKey.of(mention)));
    }

    /** The seed registry shipped with Quotedesk. */
    public static Lexicon seed() {
        return of(readSeed());
    }

    /**
     * Reads {@code /registry/seed.tsv}: one party a line, tab-separated
     * {@code type  roles  name  alias|alias|...}, where roles is a combination of
     * {@code speaker}, {@code source} and {@code state} joined by commas; {@code #} starts a comment.
     */
    public static List<Entry> readSeed() {
        try (InputStream in = Lexicon.class.getResourceAsStream("/registry/seed.tsv")) {
            if (in == null) {
                throw new IllegalStateException("registry/seed.tsv is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(BufferedReader reader) throws IOException {
        List<Entry> out = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalArgumentException("seed line needs type, roles and name: " + line);
            }
            List<String> roles = List.of(cols[1].split(","));
            List<String> aliases = cols.length > 3 && !cols[3].isBlank()
                    ? List.of(cols[3].split("\\|")) : List.of();
            out.add(new Entry(cols[2].trim(), PartyType.valueOf(cols[0].trim()), roles.contains("speaker"),
                    roles.contains("source"), roles.contains("state"),
                    aliases.stream().map(String::trim).filter(a -> !a.isEmpty()).toList()));
        }
        return out;
    }
}
