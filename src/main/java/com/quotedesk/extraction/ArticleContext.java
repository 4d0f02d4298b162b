package com.quotedesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one article has said so far about who is who: the parties named (for "الرئيس الروسي" → the
 * Russian president this article names, "الوكالة"/"the agency" → the agency named before, "Baird" →
 * "John Baird"), and the rules that turn a phrase next to a cue into a clean {@link Mention}: titles
 * and appositions stripped, Arabic clitics left out, registry names preferred over spellings.
 */
final class ArticleContext {

    /** Arabic heads of organisation names; the name runs on over the words after them. */
    private static final Set<String> ORG_AR = Words.set("موقع", "مركز", "وكاله", "صحيفه", "منظمه", "شركه", "حزب",
            "مجلس", "وزاره", "جامعه", "معهد", "مكتب", "شرطه", "هييه", "هيئه", "لجنه", "قناه", "حركه", "جماعه", "محكمه",
            "السلطات", "الحكومه", "الشرطه", "الجيش", "الوزاره", "حكومه", "حكومات", "سلطات", "مصادر", "مسؤولون",
            "البيت", "الرئاسه", "الخارجيه", "الداخليه", "الدفاع", "مجموعه", "دار",
            // groups of people that speak as one in news copy
            "المنظمون", "المنظمين", "نشطاء", "ناشطون", "الناشطون", "سكان", "السكان", "شهود", "الشهود", "خبراء",
            "الخبراء", "محللون", "المحللون", "مراقبون", "المراقبون", "دبلوماسيون", "الدفاع المدني", "معارضون",
            "المعارضه", "الميليشيات", "ميليشيا", "المتمردون", "المسلحون", "الاطباء", "اطباء", "مسعفون", "المسعفون");

    /** English copulas: a party named before one is not the one speaking ("what they got was a letter saying"). */
    private static final Set<String> COPULA = Set.of("is", "are", "was", "were");

    /** Nouns for the findings of a poll or a study: the finding speaks for the study. */
    private static final Set<String> RESULT_HEAD = Words.set("نتائج", "نتيجه", "ارقام", "خلاصه");
    /** "أجراه"/"أعده"/"نشره" X after a document or a poll: X made it and speaks through it. */
    private static final Set<String> CONDUCTED = Words.set("اجراه", "اجرته", "اجراها", "اعده", "اعدته", "اعدها",
            "نشره", "نشرته", "نشرها", "اصدره", "اصدرته", "اصدرها", "نظمه", "نظمته", "اطلقه", "اطلقته");
    private static final Set<String> SPOKES = Words.set("المتحدث", "المتحدثه", "متحدث", "الناطق", "ناطق");
    private static final Set<String> DEFINITE_EN = Words.set("agency", "newspaper", "paper", "broadcaster", "network",
            "report", "centre", "center", "ministry", "daily", "channel", "website", "site", "outlet");
    private static final Set<String> DETERMINERS = Words.set("the", "a", "an", "its", "their", "his", "her", "our",
            "some", "several", "many", "other");
    /** Sentence-initial capitals that only count or qualify a group ("Two officials", "Some officials"). */
    private static final Set<String> QUANTIFIERS = Words.set("the", "a", "an", "some", "many", "several", "most",
            "other", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "both", "all",
            "no", "senior", "top", "unnamed", "anonymous", "local", "government", "these", "those", "such", "one",
            "police", "security", "military", "health", "administration", "but", "and", "however", "meanwhile");
    /**
     * Heads of English descriptions of a person ("the striker", "the 21-year-old", "the Sydney Olympic gold
     * medallist"): after "the" they refer back to the person the article is about, not to a new party.
     */
    private static final Set<String> PERSON_DESCRIPTION = Words.set("striker", "midfielder", "defender",
            "goalkeeper", "keeper", "winger", "forward", "player", "coach", "manager", "boss", "champion", "athlete",
            "sprinter", "runner", "star", "veteran", "singer", "actor", "actress", "rapper", "musician", "comedian",
            "presenter", "author", "writer", "entrepreneur", "businessman", "businesswoman", "tycoon", "billionaire",
            "guru", "pioneer", "teenager", "youngster", "politician", "spaniard", "frenchman", "frenchwoman", "briton",
            "scot", "welshman", "irishman", "dutchman", "swede", "dane", "pole", "finn", "german", "italian",
            "american", "australian", "brazilian", "argentine", "veteran", "skipper", "batsman", "bowler", "boxer",
            "golfer", "swimmer", "rider", "jockey", "driver", "republican", "democrat", "mother", "father", "widow");
    /** Heads of English descriptions of an organisation ("the Paris-based think tank", "the firm", "the retailer"). */
    private static final Set<String> ORG_DESCRIPTION = Words.set("tank", "think-tank", "firm", "company", "group",
            "club", "retailer", "airline", "carrier", "lender", "giant", "organisation", "organization", "charity",
            "watchdog", "regulator", "insurer", "manufacturer", "maker", "operator", "chain", "conglomerate",
            "broadcaster", "publisher");
    private static final Set<String> CONNECTORS = Words.set("of", "de", "van", "von", "bin", "al", "la", "le", "da",
            "di", "du", "der", "den", "del", "for");

    /** A party named at tokens [from, to); a registry match becomes a {@link Mention} only when asked. */
    private final class Named {
        private Mention mention;
        private final LexiconMatcher.Match match;
        private final int from;
        private final int to;

        Named(Mention mention, LexiconMatcher.Match match, int from, int to) {
            this.mention = mention;
            this.match = match;
            this.from = from;
            this.to = to;
        }

        Mention mention() {
            if (mention == null) {
                mention = mentionOf(match);
            }
            return mention;
        }

        PartyType type() {
            if (mention != null) {
                return mention.type();
            }
            return match.alias().title() ? PartyType.PERSON : match.alias().entry().type();
        }

        int from() {
            return from;
        }

        int to() {
            return to;
        }
    }

    /** How many named parties back "the agency" may reach: bounds the work per reference. */
    private static final int RECALL = 64;

    final String text;
    final Tokens tokens;
    final Lexicon lexicon;
    final Language lang;
    private final List<Named> history = new ArrayList<>();
    private final Map<String, Mention> titleBindings = new HashMap<>();
    private final Map<String, String> surnames = new HashMap<>();
    /** The same full names by the first letter and length of their last word, and by their first word as written. */
    private final Map<Integer, Map<String, String>> surnamesStarting = new HashMap<>();

    /** Misspelt surnames are looked for among at most this many names seen. */
    private static final int MAX_FUZZY_NAMES = 300;

    private static int bucket(char first, int length) {
        return first * 64 + Math.min(length, 63);
    }
    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    private void rememberName(String lastKey, String full) {
        if (lastKey == null || lastKey.isEmpty() || surnames.putIfAbsent(lastKey, full) != null) {
            return;
        }
        surnamesStarting.computeIfAbsent(bucket(lastKey.charAt(0), lastKey.length()), c -> new HashMap<>())
                .put(lastKey, full);
        int space = full.indexOf(' ');
        if (space > 0) {
            byFirstWord.computeIfAbsent(full.substring(0, space), w -> new ArrayList<>(1)).add(full);
        }
    }
    /** "بوريس جونسون" in the registry and named here: "جونسون" alone later means him. */
    private final Map<String, Lexicon.Entry> registrySurnames = new HashMap<>();
    /** "The World Health Organisation (WHO)": the acronym's key to the name before the brackets. */
    private final Map<String, String> acronyms = new HashMap<>();
    /** "Mr"/"Ms"/"Mrs"/"Miss": the pronoun ("he"/"she") a person so titled takes. */
    private static final Map<String, String> GENDERED_TITLE = Map.of("mr", "he", "ms", "she", "mrs", "she",
            "miss", "she", "sir", "he", "lady", "she");
    /** Last words of names titled "Mr"/"Ms" in this article, to the pronoun they take. */
    private final Map<String, String> pronounOf = new HashMap<>();
    /** The person the article is about at this point: the last one who spoke or opened a sentence by name. */
    private Mention topicPerson;
    private final Map<Lexicon.Entry, Integer> lastNamed = new java.util.IdentityHashMap<>();
    private final Set<Lexicon.Entry> namedAnywhere = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The registry match at each token, found once for the whole text. */
    private final LexiconMatcher.Match[] matches;

    ArticleContext(String text, Tokens tokens, Lexicon lexicon, Language lang) {
        this.text = text;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.lang = lang;
        this.matches = new LexiconMatcher.Match[tokens.size()];
        prescan();
    }

    /** Which registry parties the article names anywhere, and the full names behind English surnames. */
    private void prescan() {
        int n = tokens.size();
        int covered = 0;
        byte[] startsAlias = new byte[tokens.distinctKeys()]; // per distinct word: 0 not asked, 1 no, 2 yes
        for (int i = 0; i < n; i++) {
            LexiconMatcher.Match m = tokens.isWord(i) && startsAlias(startsAlias, i)
                    ? LexiconMatcher.match(lexicon, tokens, i, n) : null;
            matches[i] = m;
            if (isLatin() && i + 2 < n && !tokens.isWord(i) && tokens.charAt(i) == '(' && isAcronym(i + 1)
                    && !tokens.isWord(i + 2) && tokens.charAt(i + 2) == ')') {
                noteAcronym(i);
            }
            if (!isLatin() && author == null && "كتاب".equals(tokens.key(i))) {
                noteAuthor(i + 1, n);
            }
            if (isLatin() && i + 1 < n && tokens.isWord(i) && GENDERED_TITLE.containsKey(tokens.key(i))) {
                noteGender(i);
            }
            if (m != null) {
                if (!m.alias().title()) {
                    namedAnywhere.add(m.alias().entry());
                    if (m.alias().entry().type() == PartyType.PERSON && m.to() - m.from() >= 2) {
                        registrySurnames.putIfAbsent(tokens.key(m.to() - 1), m.alias().entry());
                    }
                }
                covered = m.to();
            } else if (i >= covered && isCapitalized(i) && i > 0 && tokens.isWord(i - 1)
                    && Words.TITLE.contains(tokens.key(i - 1))) {
                int j = i;
                while (j < n && j - i < 3 && isCapitalized(j) && !Words.TITLE.contains(tokens.key(j))) {
                    j++;
                }
                if (j - i >= 2) {
                    rememberName(tokens.key(j - 1), text.substring(tokens.start(i), tokens.end(j - 1)));
                }
            }
        }
    }

    /** The author of the first book the article names ("كتاب الصحفي X"), and the token after it. */
    private String author;
    private int authorAt = Integer.MAX_VALUE;
    /** "الكتاب" (the book), "الكاتب"/"المؤلف" (the author): the author of the book named before. */
    private static final Set<String> BOOK_OR_AUTHOR = Words.set("الكتاب", "الكاتب", "الكاتبه", "المؤلف", "المؤلفه");

    /** "كتاب [titles, adjectives] Name Name": a name of two or three words after at most four title words. */
    private void noteAuthor(int k, int n) {
        int limit = Math.min(n, k + 4);
        while (k < limit && tokens.isWord(k) && !nameLike(k) && !Words.STOP.contains(tokens.key(k))
                && (Words.TITLE.contains(tokens.key(k)) || tokens.key(k).startsWith("ال"))) {
            k++;
        }
        int j = k;
        while (j < n && j - k < 3 && tokens.isWord(j) && nameLike(j)) {
            j++;
        }
        if (j - k >= 2) {
            author = text.substring(tokens.start(k), tokens.end(j - 1));
            authorAt = j;
        }
    }

    /** Whether some registry name may start with word {@code i}; asked of the lexicon once per distinct word. */
    private boolean startsAlias(byte[] known, int i) {
        int id = tokens.id(i);
        if (known[id] == 0) {
            known[id] = LexiconMatcher.mayStart(lexicon, tokens.key(i)) ? (byte) 2 : (byte) 1;
        }
        return known[id] == 2;
    }

    /** "Capitalised Name Of Words (ACRONYM)": the acronym names the capitalised run before the bracket. */
    private void noteAcronym(int bracket) {
        int s = bracket;
        while (s - 1 >= 0 && s > bracket - 8 && (isCapitalized(s - 1) || CONNECTORS.contains(tokens.key(s - 1))
                && s - 2 >= 0 && isCapitalized(s - 2))) {
            s--;
        }
        while (s < bracket && DETERMINERS.contains(tokens.key(s))) {
            s++; // "The World Health Organisation" is the World Health Organisation
        }
        if (bracket - s >= 2) {
            acronyms.putIfAbsent(tokens.key(bracket + 1), text.substring(tokens.start(s), tokens.end(bracket - 1)));
        }
    }

    /** Records a party named at tokens [from, to) so later titles and "the agency" can refer to it. */
    void note(Mention m, int from, int to) {
        if (m == null || m.start() < 0) {
            return;
        }
        history.add(new Named(m, null, from, to));
        if (m.known()) {
            Lexicon.Entry e = lexicon.byCanonicalName(m.name());
            if (e != null) {
                lastNamed.put(e, from);
            }
        }
    }

    /** Records a registry name read in the text, without building its mention until someone asks. */
    void note(LexiconMatcher.Match m) {
        history.add(new Named(null, m, m.from(), m.to()));
        if (!m.alias().title()) {
            lastNamed.put(m.alias().entry(), m.from());
        }
    }

    /** "Mr Wellington", "Ms Essex": the pronoun the capitalised name after the title at {@code i} takes. */
    private void noteGender(int i) {
        int j = i + 1;
        if (j < tokens.size() && !tokens.isWord(j) && tokens.charAt(j) == '.') {
            j++;
        }
        int e = j;
        while (e < tokens.size() && e - j < 3 && isCapitalized(e)) {
            e++;
        }
        if (e > j) {
            String pronoun = GENDERED_TITLE.get(tokens.key(i));
            String old = pronounOf.putIfAbsent(tokens.key(e - 1), pronoun);
            if (old != null && !old.equals(pronoun)) {
                pronounOf.put(tokens.key(e - 1), "?"); // two people of one family name: no guess
            }
        }
    }

    /**
     * Whether "he"/"she" ({@code pronoun}) can stand for {@code m}: a person, and not one the article titles
     * with the other sex's "Mr"/"Ms". Other pronouns agree with anyone.
     */
    boolean agrees(Mention m, String pronoun) {
        if (!"he".equals(pronoun) && !"she".equals(pronoun)) {
            return true;
        }
        if (m == null || m.type() != PartyType.PERSON) {
            return false;
        }
        String name = m.name();
        String known = pronounOf.get(com.quotedesk.common.TextKey.of(name.substring(name.lastIndexOf(' ') + 1)));
        return known == null || "?".equals(known) || known.equals(pronoun);
    }

    /** Whether {@code m} is a person named in full earlier in the article ("Ann Wood" before "told Ann Wood"). */
    boolean personNamedBefore(Mention m) {
        String name = m.name();
        return name.equals(surnames.get(com.quotedesk.common.TextKey.of(name.substring(name.lastIndexOf(' ') + 1))))
                && m.start() >= 0 && text.indexOf(name) < m.start();
    }

    /** The person the article is about at this point (see {@link #noteTopic}), or null. */
    Mention topicPerson() {
        return topicPerson;
    }

    /** {@code m} (a named person) is now the one the article is about: "the 21-year-old" means them. */
    void noteTopic(Mention m) {
        if (m != null && m.type() == PartyType.PERSON && m.name().indexOf(' ') > 0) {
            topicPerson = m;
        }
    }

    /**
     * "the 21-year-old", "the Sydney Olympic gold medallist", "the Paris-based think tank": a definite
     * description with no name of its own refers back to the person the article is about, or to the last
     * organisation named. The words [s, b) follow "the" (inside the phrase at {@code a} or right before it,
     * where the speaker phrase was cut); null when they are no such description.
     */
    private Mention describedParty(int a, int s, int b) {
        int d = s - 1;
        if (d < 0 || d < a - 1 || !"the".equals(tokens.key(d)) || b - s > 4) {
            return null;
        }
        String head = tokens.key(b - 1);
        Mention referent = null;
        if (PERSON_DESCRIPTION.contains(head) || head.endsWith("-year-old")
                || head.length() >= 7 && head.endsWith("ist")) {
            referent = topicPerson;
        } else if (ORG_DESCRIPTION.contains(head)) {
            referent = lastOrganisation(d);
        }
        if (referent == null) {
            return null;
        }
        int start = tokens.start(d);
        int end = tokens.end(b - 1);
        return new Mention(text.substring(start, end), start, end, referent.name(), referent.type(), referent.known());
    }

    /** The last organisation noted before {@code tok}, an unregistered acronym ("the OECD said") among them. */
    private Mention lastOrganisation(int tok) {
        for (int k = history.size() - 1; k >= 0 && k >= history.size() - RECALL; k--) {
            Named nm = history.get(k);
            if (nm.from() < tok && (nm.type() == PartyType.ORGANISATION || isAcronym(nm.mention().name()))) {
                return nm.mention();
            }
        }
        return null;
    }

    /** The last party noted before {@code tok} whose type is one of {@code types}, or null. */
    Mention lastOfType(int tok, Set<PartyType> types) {

        for (int k = history.size() - 1; k >= 0 && k >= history.size() - RECALL; k--) {
            Named nm = history.get(k);
            if (nm.from() < tok && types.contains(nm.type())) {
                return nm.mention();
            }
        }
        return null;
    }

    /** The longest registry name starting at token {@code i} and ending by {@code limit}, or null. */
    LexiconMatcher.Match registryAt(int i, int limit) {
        LexiconMatcher.Match m = matches[i];
        if (m == null || m.to() <= limit) {
            return m;
        }
        return LexiconMatcher.match(lexicon, tokens, i, limit); // rare: the longest one runs past the limit
    }

    /**
     * The outlet named right after an outlet noun (quotation marks skipped, one to three words, the registry's
     * name when it knows them), as a media party; null when no word follows.
     */
    Mention outletNamed(int a, int to) {
        while (a < to && !tokens.isWord(a) && tokens.charAt(a) != '\u060C' && tokens.charAt(a) != ',') {
            a++; // the opening quotation mark of «القبس»
        }
        int e = a;
        while (e < to && e < a + 3 && tokens.isWord(e) && !Words.STOP.contains(tokens.key(e)) && tokens.cue(e) == null) {
            e++;
        }
        if (e == a) {
            return null;
        }
        LexiconMatcher.Match m = registryAt(a, e);
        if (m != null && m.to() == e) {
            return mentionOf(m);
        }
        String name = text.substring(tokens.start(a), tokens.end(e - 1));
        return new Mention(name, tokens.start(a), tokens.end(e - 1), name, PartyType.MEDIA, false);
    }

    Mention mentionOf(LexiconMatcher.Match m) {
        int s = tokens.start(m.from());
        s = skipLetters(s, m.clitic());
        int e = tokens.end(m.to() - 1);
        Lexicon.Entry entry = m.alias().entry();
        if (m.alias().title()) {
            entry = resolveTitle(m.alias(), m.from());
            if (entry == null) {
                return new Mention(text.substring(s, e), s, e, text.substring(s, e), PartyType.PERSON, false);
            }
        }
        return new Mention(text.substring(s, e), s, e, entry.name(), entry.type(), true);
    }

    private int skipLetters(int s, int letters) {
        while (letters > 0 && s < text.length()) {
            s++;
            letters--;
            while (s < text.length() && isMark(text.charAt(s))) {
                s++;
            }
        }
        return s;
    }

    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    /** The party this article names that holds the title: the most recently named one, else any named one. */
    private Lexicon.Entry resolveTitle(Lexicon.Alias alias, int tok) {
        Lexicon.Entry best = null;
        int bestPos = -1;
        Lexicon.Entry anywhere = null;
        for (Lexicon.Alias a : lexicon.aliasesStartingWith(alias.keys()[0])) {
            if (!a.title() || !java.util.Arrays.equals(a.keys(), alias.keys())) {
                continue;
            }
            Integer pos = lastNamed.get(a.entry());
            if (pos != null && pos < tok && pos > bestPos) {
                best = a.entry();
                bestPos = pos;
            }
            if (anywhere == null && namedAnywhere.contains(a.entry())) {
                anywhere = a.entry();
            }
        }
        return best != null ? best : anywhere;
    }

    /**
     * The party named by the phrase at tokens [a, b), or null when the phrase names none. Chunks
     * between commas are tried in order, skipping prepositional phrases and days ("بوتين، في كلمة…").
     */
    /**
     * The party a word with a glued "لـ" names ("لقرقاش", "لبوتين"): a registry person, or the person whose
     * family name it is, named before in full; null otherwise.
     */
    Mention ownerWithLam(int k) {
        String key = tokens.key(k);
        if (isLatin() || key == null || key.length() < 4 || key.charAt(0) != 'ل') {
            return null;
        }
        LexiconMatcher.Match m = registryAt(k, Math.min(tokens.size(), k + 4));
        if (m != null && m.from() == k && m.clitic() == 1 && m.alias().entry().type() == PartyType.PERSON) {
            return mentionOf(m);
        }
        // "لقرقاش" is لـ + قرقاش; "للصدر" is لـ + الصدر, whose alif the preposition drops
        String full = surnames.get(key.startsWith("لل") ? "ا" + key.substring(1) : key.substring(1));
        if (full == null) {
            return null;
        }
        int s = tokens.start(k) + 1;
        return new Mention(text.substring(s, tokens.end(k)), s, tokens.end(k), full, PartyType.PERSON, false);
    }

    Mention resolve(int a, int b) {
        int ca = a;
        for (int i = a; i <= b; i++) {
            if (i == b || isChunkBreak(i)) {
                if (i > ca) {
                    Mention m = resolveChunk(ca, i);
                    if (m != null) {
                        return m;
                    }
                }
                ca = i + 1;
            }
        }
        return null;
    }

    private boolean isChunkBreak(int i) {
        if (tokens.isWord(i)) {
            return false;
        }
        char c = tokens.charAt(i);
        return c == ',' || c == '\u060C' || c == '(' || c == ')' || c == '\u2013' || c == '\u2014';
    }

    private Mention resolveChunk(int a, int b) {
        Mention quotedName = isLatin() ? null : quotedNameAt(a, b);
        if (quotedName != null) {
            return quotedName;
        }
        while (a < b && (!tokens.isWord(a) || Words.SKIP.contains(tokens.key(a)) || isDayWord(tokens.key(a)))) {
            if (!tokens.isWord(a) && tokens.charAt(a) != '"') {
                a++;
                continue;
            }
            a++;
        }
        while (b > a && !tokens.isWord(b - 1)) {
            b--;
        }
        if (a >= b) {
            return null;
        }
        if (isLatin()) {
            for (int j = b - 2; j >= a; j--) {
                if (tokens.isWord(j) && COPULA.contains(tokens.key(j))) {
                    return resolveChunk(j + 1, b); // "all they get is a message stating …": the message
                }
            }
        }
        if (!isLatin() && a + 1 < b && RESULT_HEAD.contains(norm(tokens.key(a)))) {
            a++; // "نتائج استطلاع رأي الشباب": the results speak for the poll
        }
        if (!isLatin()) {
            for (int j = a + 1; j + 1 < b; j++) {
                if (CONDUCTED.contains(tokens.key(j))) {
                    Mention by = resolveChunk(j + 1, b); // "استطلاع للرأي أجراه معهد X": the institute
                    if (by != null) {
                        return by;
                    }
                    break;
                }
            }
        }
        String first = norm(tokens.key(a));
        if (Words.STOP.contains(tokens.key(a)) && !isAcronym(a)) {
            int k = b - 1;
            while (isLatin() && k - 1 > a && tokens.isWord(k - 1)
                    && (isCapitalized(k - 1) || Words.TITLE.contains(tokens.key(k - 1)))) {
                k--;
            }
            if (isLatin() && isCapitalized(b - 1) && k > a + 1 && b - k >= 2 && tokens.isWord(k - 1)
                    && !Words.STOP.contains(tokens.key(k - 1))) {
                // "After the announcement WLGA finance spokesman Bob Wellington": the name after the opening
                // phrase (not the object of a preposition: "… with Mr Sullivan")
                return resolveChunk(k, b);
            }
            return null; // "WHO say …" is the organisation, "who" is not a name
        }
        List<LexiconMatcher.Match> found = new ArrayList<>(2);
        for (int i = a; i < b; i++) {
            LexiconMatcher.Match m = registryAt(i, b);
            if (m != null) {
                found.add(m);
                i = m.to() - 1;
            }
        }
        boolean titled = Words.TITLE.contains(first);
        if (!isLatin() && titled) {
            int k = a;
            while (k < b && tokens.isWord(k) && Words.TITLE.contains(norm(tokens.key(k)))) {
                k++;
            }
            int s = k < b && tokens.isWord(k) && (INSTITUTION.contains(norm(tokens.key(k)))
                    || ORG_AR.contains(norm(tokens.key(k)))) ? personStart(k + 1, b) : -1;
            if (s > 0 && (found.isEmpty() || found.get(found.size() - 1).to() <= s)) {
                // "رئيس شركة أرامكو السعودية محمد الناصر": the registry's names belong to the company's name
                return personAtEnd(k + 1, b, a);
            }
        }
        if (!isLatin() && titled && !found.isEmpty() && institutionBefore(a, found.get(0).from())) {
            // "العضو المنتدب لبنك مصر إيران، فلان": the registry names belong to the bank's name; the person
            // is a name after it, in this chunk or the next
            int after = found.get(found.size() - 1).to();
            return after < b ? arabicName(after, b) : null;
        }
        if (SPOKES.contains(first) && a + 2 < b && "باسم".equals(tokens.key(a + 1))
                && (found.isEmpty() || found.get(0).from() > a)) {
            return spokesperson(a, b); // "المتحدث باسم وزارة الداخلية السعودية" speaks, not the country
        }
        if (!found.isEmpty()) {
            LexiconMatcher.Match pick = pick(found, a, b, titled);
            if (pick != null) {
                Mention m = mentionOf(pick);
                if (isLatin() && m.type() == PartyType.ANONYMOUS && pick.from() > a) {
                    int q = pick.from();
                    while (q - 1 >= a && isCapitalized(q - 1) && !QUANTIFIERS.contains(tokens.key(q - 1))
                            && !Words.TITLE.contains(tokens.key(q - 1))) {
                        q--;
                    }
                    if (q < pick.from()) {
                        return unknown(q, pick.to(), PartyType.ORGANISATION, a); // "Scientology officials"
                    }
                }
                if (pick.from() > a && !Words.STATEMENT.contains(first)) {
                    bindTitle(a, pick.from(), m);
                }
                return m;
            }
        }
        if (Words.STATEMENT.contains(first)) {
            // "تقرير نشره المركز", "بيان صادر عن الوزارة": the document speaks for the party inside it
            for (int j = a + 1; j < b; j++) {
                Mention inner = definite(j, b);
                if (inner != null) {
                    return inner;
                }
            }
        }
        Mention def = definite(a, b);
        if (def != null) {
            return def;
        }
        return isLatin() ? englishName(a, b) : arabicName(a, b);
    }

    /** "المتحدث باسم X [rank] Name": the name when one follows, else the spokesperson of X. */
    private Mention spokesperson(int a, int b) {
        for (int k = a + 3; k < b; k++) {
            String key = norm(tokens.key(k));
            if (key != null && Words.TITLE.contains(key) && !SPOKES.contains(key)) {
                Mention named = arabicName(k, b);
                if (named != null) {
                    return named;
                }
            }
        }
        int j = a;
        while (j < b && j - a < 7 && tokens.isWord(j) && !Words.STOP.contains(tokens.key(j))) {
            j++;
        }
        return unknown(a, j, PartyType.PERSON, a);
    }

    /**
     * Which registry name in a phrase is the party: in English the head at the end; in Arabic the name
     * right after a title ("رئيس الوزراء الكندي جاستن ترودو", "مساعد بوتين يوري أوشاكوف"), the first
     * name otherwise, and none when an unknown name stands before it ("ديمتري بيسكوف المتحدث باسم الكرملين").
     */
    private LexiconMatcher.Match pick(List<LexiconMatcher.Match> found, int a, int b, boolean titled) {
        LexiconMatcher.Match first = found.get(0);
        LexiconMatcher.Match last = found.get(found.size() - 1);
        if (isLatin()) {
            return last.to() == b || !isCapitalized(b - 1) ? last : null;
        }
        if (first.from() == a) {
            if (first.alias().title() || titled) {
                for (int k = 1; k < found.size(); k++) {
                    LexiconMatcher.Match next = found.get(k);
                    if (!next.alias().title() && next.from() <= found.get(k - 1).to() + 1) {
                        // the name right after the title, or after "title + genitive name"
                        if (k + 1 < found.size() && found.get(k + 1).from() == next.to()
                                && !found.get(k + 1).alias().title()) {
                            return found.get(k + 1);
                        }
                        return next;
                    }
                }
            }
            return first;
        }
        String head = norm(tokens.key(a));
        if (first.from() == a + 1 && Words.GENITIVE_HEAD.contains(head)) {
            return first; // "دول مجموعة السبع", "زعماء مجموعة السبع"
        }
        if (ORG_AR.contains(head) && first.from() > a + 1 && nameLike(first.from() - 1)) {
            return null; // "صحيفة أفغانستان تايمز": the registry's "تايمز" ends a longer name
        }
        return precededByName(a, first.from()) ? null : last;
    }

    private boolean precededByName(int a, int to) {
        for (int i = a; i < to; i++) {
            String k = norm(tokens.key(i));
            if (k == null || Words.TITLE.contains(k) || k.startsWith("ال") || ORG_AR.contains(k)
                    || Words.STATEMENT.contains(k)) {
                return false;
            }
        }
        return to > a;
    }

    private void bindTitle(int a, int nameFrom, Mention m) {
        if (nameFrom > a && nameFrom - a <= 5) {
            titleBindings.put(keyOf(a, nameFrom), m);
        }
    }

    private String keyOf(int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (tokens.isWord(i)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(norm(tokens.key(i)));
            }
        }
        return sb.toString();
    }

    /** "الوكالة", "الصحيفة", "the agency": the last noted party whose name has that noun. */
    private Mention definite(int a, int b) {
        String k = tokens.key(a);
        String stem = null;
        if (k != null && isLatin() && "the".equals(k) && a + 1 < b && DEFINITE_EN.contains(tokens.key(a + 1))) {
            stem = tokens.key(a + 1);
        } else if (k != null && !isLatin()) {
            String s = norm(k);
            if (s.startsWith("ال") && (ORG_AR.contains(s.substring(2)) || Words.STATEMENT.contains(s.substring(2)))) {
                stem = s.substring(2);
            }
        }
        if (stem == null && !isLatin() && author != null && b - a == 1 && authorAt <= a
                && BOOK_OR_AUTHOR.contains(norm(k))) {
            // "جاء في الكتاب أن", "ونقل الكاتب عن X": the author of the book named before
            return new Mention(text.substring(tokens.start(a), tokens.end(a)), tokens.start(a), tokens.end(a), author,
                    PartyType.PERSON, false);
        }
        if (stem == null) {
            return null;
        }
        if (!isLatin() && b - a >= 3 && tokens.isWord(a + 1) && tokens.isWord(a + 2) && norm(tokens.key(a + 1)).startsWith("ال")
                && norm(tokens.key(a + 2)).startsWith("لل")) {
            int e = a + 1; // "الوكالة الدولية للطاقة الذرية": a body's full name, not "the agency" named before
            while (e < b && e < a + 5 && tokens.isWord(e) && (norm(tokens.key(e)).startsWith("ال")
                    || norm(tokens.key(e)).startsWith("لل"))) {
                e++;
            }
            String name = text.substring(tokens.start(a), tokens.end(e - 1));
            return new Mention(name, tokens.start(a), tokens.end(e - 1), name, PartyType.ORGANISATION, false);
        }
        Mention tb = titleBindings.get(keyOf(a, b));
        if (tb != null) {
            return tb;
        }
        for (int h = history.size() - 1; h >= 0 && h >= history.size() - RECALL; h--) {
            Named nm = history.get(h);
            for (int i = nm.from(); i < nm.to(); i++) {
                String hk = tokens.key(i);
                if (hk != null && hk.endsWith(stem) && hk.length() - stem.length() <= 2) {
                    return nm.mention();
                }
            }
        }
        if ("وكاله".equals(stem) || "صحيفه".equals(stem) || "agency".equals(stem) || "newspaper".equals(stem)
                || "paper".equals(stem)) {
            return lastOfType(Integer.MAX_VALUE, Set.of(PartyType.MEDIA));
        }
        return isLatin() || !ORG_AR.contains(stem) ? null : namedEarlier(a, stem);
    }

    /** How far back (tokens) "الحركة" may look for "حركة النهضة" named without speaking. */
    private static final int NAMED_EARLIER_REACH = 400;

    /**
     * "وقالت الحركة" when "حركة النهضة" was named earlier only as an object: the nearest earlier
     * "حركة X" (the bare noun, or with ب/ل) whose name is a short run ended by a stop word, a mark or the
     * line, so that "رفضت حركة النهضة مطلب حزب …" (no clear end) is passed over for a cleaner mention.
     */
    private Mention namedEarlier(int a, String stem) {
        for (int j = a - 1; j >= 0 && j >= a - NAMED_EARLIER_REACH; j--) {
            String k = tokens.key(j);
            if (k == null) {
                continue;
            }
            String n = norm(k);
            if (!n.equals(stem) && !(n.length() == stem.length() + 1 && (n.charAt(0) == 'ب' || n.charAt(0) == 'ل'
                    || n.charAt(0) == 'و') && n.endsWith(stem))) {
                continue;
            }
            int e = j + 1;
            while (e < tokens.size() && e - j <= 4 && tokens.isWord(e) && !Words.STOP.contains(tokens.key(e))
                    && tokens.cue(e) == null && !isDayWord(tokens.key(e))
                    && !text.substring(tokens.end(e - 1), tokens.start(e)).contains("\n")) {
                e++;
            }
            if (e - j >= 2 && e - j <= 3) {
                return unknown(j, e, PartyType.ORGANISATION, j);
            }
        }
        return null;
    }

    private Mention arabicName(int a, int b) {
        int i = a;
        String k0 = norm(tokens.key(a));
        if (ORG_AR.contains(k0)) {
            // "دار "بيكادور" للنشر", "دار النشر "بيكادور"": the quoted name after the head (and its genitive)
            int open = a + 2 < b && tokens.isWord(a + 1) && tokens.key(a + 1).startsWith("ال") ? a + 2 : a + 1;
            int q = open < b ? quotedNameEnd(open, b) : -1;
            if (q > open + 2) {
                return unknown(open + 1, q - 1, PartyType.ORGANISATION, a);
            }
            int j = a;
            while (j < b && j - a < 6 && tokens.isWord(j) && !Words.STOP.contains(tokens.key(j))
                    && !isDayWord(tokens.key(j)) && tokens.cue(j) == null) {
                j++;
            }
            return unknown(a, j, PartyType.ORGANISATION, a);
        }
        if (b - a == 1 && surnames.containsKey(tokens.key(a))) {
            return unknown(a, b, PartyType.PERSON, a); // "السوداني" after "محمد شياع السوداني"
        }
        while (i < b && (tokens.isWord(i) && !nameLike(i) || i > a && quotedNameEnd(i, b) > i)) {
            i = tokens.isWord(i) ? i + 1 : quotedNameEnd(i, b); // "محامي "سامسونغ" جون كين": the quoted body is a title's
        }
        int titleEnd = i;
        if (titleEnd > a && i < b && Words.TITLE.contains(k0) && tokens.isWord(i)
                && (INSTITUTION.contains(norm(tokens.key(i))) || ORG_AR.contains(norm(tokens.key(i))))) {
            Mention person = personAtEnd(i + 1, b, a); // "رئيس شركة طيران الإمارات السير تيم كلارك": the person
            if (person != null) {
                return person;
            }
        }
        int j = i;
        while (j < b && j - i < 4 && tokens.isWord(j) && nameLike(j)) {
            j++;
        }
        // "محمد شياع السوداني", "العقيد تركي المالكي", "منصور العتيبي، سفير الكويت", "وتابع سالم الحمدان وفقا لـ"
        if (j - i >= 1 && j + 1 == b && tokens.isWord(j)
                && tokens.key(j).startsWith("ال") && tokens.key(j).length() > 4 && !isDayWord(tokens.key(j))
                && !(j - i == 1 && surnames.containsKey(tokens.key(i))) // "وحذر غراهام السعودية": the object
                && !partyAt(j, b)) {
            j++; // a family name with the article ends the phrase: "محمد شياع السوداني", "العقيد تركي المالكي"
        }
        if (j == i) {
            if (titleEnd > a && Words.TITLE.contains(k0)) {
                Mention bound = titleBindings.get(keyOf(a, Math.min(b, a + 4)));
                if (bound != null) {
                    return bound;
                }
                Mention prefix = boundPrefix(a, b);
                if (prefix != null) {
                    return prefix;
                }
            }
            return null;
        }
        if (titleEnd > a && !Words.TITLE.contains(k0) && !ORG_AR.contains(k0)) {
            return null; // "السياسة الأمريكية ..." is an object, not a speaker
        }
        if (titleEnd > a && i > a && tokens.isWord(i - 1) && institutionAfterPreposition(tokens.key(i - 1))) {
            if (j - i == 1) {
                return null; // "المدير العام لشركة مصر للطيران": the one word is the company's name
            }
            if (j - i >= 3) {
                i++; // "القيادي بحركة X فلان الفلاني": the first word names the body, the rest the person
            }
        }
        if (titleEnd > a && j - i > 3) {
            j = i + 3;
        }
        Mention known = knownNameAt(i, j);
        if (known != null) {
            return known; // "الملك عبد الله أهمية" after "الملك عبد الله الثاني": the name, not its object
        }
        Mention m = unknown(i, j, PartyType.PERSON, a);
        if (titleEnd > a) {
            titleBindings.put(keyOf(a, titleEnd), m);
        }
        return m;
    }

    /**
     * The person named at the end of "title + institution's name + name" ("مدير مركز الأبحاث الزراعية محمد
     * الحربي"): one to three name words, and a family name with the article, after a word that ends the
     * institution's name (one with the article, or a title such as "السير"); null when no such word
     * separates them ("رئيس شركة فولكس فاجن هربرت ديس" is left to the caller).
     */
    private Mention personAtEnd(int from, int b, int phraseStart) {
        int s = personStart(from, b);
        if (s < 0) {
            return null;
        }
        Mention m = unknown(s, b, PartyType.PERSON, phraseStart);
        titleBindings.put(keyOf(phraseStart, s), m); // a later "رئيس الحكومة اللبنانية" alone is that person
        return m;
    }

    private int personStart(int from, int b) {
        int family = b - 1 > from && tokens.isWord(b - 1) && tokens.key(b - 1).startsWith("ال")
                && tokens.key(b - 1).length() > 4 ? 1 : 0;
        int s = b - family;
        while (s - 1 >= from && s > b - family - 3 && tokens.isWord(s - 1) && nameLike(s - 1)) {
            s--;
        }
        if (s == b - family || s - 1 < from || !tokens.isWord(s - 1)) {
            return -1;
        }
        String before = norm(tokens.key(s - 1));
        return before.startsWith("ال") || Words.TITLE.contains(before) ? s : -1;
    }

    private Mention boundPrefix(int a, int b) {
        for (int end = Math.min(b, a + 5); end > a; end--) {
            Mention m = titleBindings.get(keyOf(a, end));
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private boolean nameLike(int i) {
        String k = tokens.key(i);
        if (k == null || k.length() < 2) {
            return false;
        }
        if (k.startsWith("ال") && k.length() > 3 && i > 0 && tokens.isWord(i - 1)
                && COMPOUND_HEAD.contains(tokens.key(i - 1))) {
            return true; // "عبد الله", "عبد الرحمن", "أبو الغيط": the article belongs to the compound name
        }
        boolean article = (k.startsWith("ال") && k.length() > 2 || k.startsWith("وال") || k.startsWith("بال"))
                && !hamzaAlef(i);
        return !Words.TITLE.contains(k) && !Words.STOP.contains(k) && !Words.SKIP.contains(k)
                && !article && !k.startsWith("لل") && !possessed(i)
                && !Character.isDigit(k.charAt(0)) && !Words.PRONOUN.contains(k) && Words.cue(k, lang) == null
                && !Words.COMPLEMENT.contains(k) && !Words.SAYING.contains(k) && !isDayWord(k)
                && !k.startsWith("ايا") && !Words.STATEMENT.contains(k) && !institutionAfterPreposition(k);
    }

    /**
     * A phrase that opens with a short name in quotation marks ("وأعلنت "طيران الإمارات" أنها"): the whole
     * quoted name (the registry's party when it is one), not its first word; null otherwise.
     */
    private Mention quotedNameAt(int a, int b) {
        if (a >= b || tokens.isWord(a) || "\"«“".indexOf(tokens.charAt(a)) < 0) {
            return null;
        }
        int q = a + 1;
        while (q < b && q <= a + 4 && tokens.isWord(q)) {
            q++;
        }
        if (q == a + 1 || q >= b || q > a + 4 || tokens.isWord(q) || "\"»”".indexOf(tokens.charAt(q)) < 0) {
            return null;
        }
        LexiconMatcher.Match m = registryAt(a + 1, q);
        if (m != null && m.from() == a + 1 && m.to() == q) {
            return mentionOf(m);
        }
        return unknown(a + 1, q, PartyType.ORGANISATION, a + 1);
    }

    /**
     * A person named before whose name the words from {@code i} follow for two words or more and then leave
     * before {@code j} ("عبد الله أهمية" after "عبد الله الثاني"): that person, spanning the matching words;
     * null when no name seen so far does.
     */
    private Mention knownNameAt(int i, int j) {
        for (String full : byFirstWord.getOrDefault(text.substring(tokens.start(i), tokens.end(i)), List.of())) {
            String[] w = full.split(" ");
            int k = 0;
            while (k < w.length && i + k < j && tokens.isWord(i + k)
                    && w[k].equals(text.substring(tokens.start(i + k), tokens.end(i + k)))) {
                k++;
            }
            if (k >= 2 && i + k < j) {
                int s = tokens.start(i);
                int e = tokens.end(i + k - 1);
                return new Mention(text.substring(s, e), s, e, full, PartyType.PERSON, false);
            }
        }
        return null;
    }

    /** A registry party other than a person is the word at {@code j} ("السعودية"): no family name. */
    private boolean partyAt(int j, int b) {
        LexiconMatcher.Match m = registryAt(j, b);
        return m != null && m.from() == j && m.alias().entry().type() != PartyType.PERSON;
    }

    /** First words of compound names whose second word has the article: "عبد الله", "أبو الغيط". */
    private static final Set<String> COMPOUND_HEAD = Words.set("عبد", "ابو", "ابي", "بو");

    /**
     * A feminine noun carrying a possessive pronoun ("فكرته", "رغبتها", "قناعتهم"), or a noun of five letters
     * or more carrying "ها/هم" ("تأييدها"): the object of the verb before it, never a name (its subject is the
     * one already speaking).
     */
    private boolean possessed(int i) {
        if (isLatin()) {
            return false;
        }
        int s = tokens.start(i);
        int e = tokens.end(i); // read in place: nameLike asks this of most words of a speaker phrase
        int n = e - s;
        return n >= 4 && (endsWith(s, e, "ته") || endsWith(s, e, "تها") || endsWith(s, e, "تهم") || endsWith(s, e, "تهما"))
                || n >= 5 && (endsWith(s, e, "ها") || endsWith(s, e, "هم") || endsWith(s, e, "هما")); // "تأييدها"
    }

    private boolean endsWith(int s, int e, String suffix) {
        return e - s >= suffix.length() && text.startsWith(suffix, e - suffix.length());
    }

    /**
     * The word opens with a hamza on its alef before lam ("ألونسو", "وألكسندر"): a transliterated name, not the
     * article "ال", which the folding of أ to ا would make it look like.
     */
    private boolean hamzaAlef(int i) {
        int s = tokens.start(i);
        int e = tokens.end(i);
        int p = s;
        if (e - s > 3 && "وب".indexOf(text.charAt(s)) >= 0) {
            p++;
        }
        return e - p > 2 && "أإآ".indexOf(text.charAt(p)) >= 0 && text.charAt(p + 1) == 'ل';
    }

    /** Nouns of institutions that are no ORG_AR heads of a speaker phrase but stand in a title: "لصندوق النقد". */
    private static final Set<String> INSTITUTION = Words.set("صندوق", "بنك", "اتحاد", "جمعيه", "نقابه", "برنامج",
            "مفوضيه", "مجموعه", "ادارة", "اداره", "دائره", "مؤسسه", "رابطه", "هيئه", "مصرف", "مجلس", "منظمه",
            "وزاره", "حركه", "حزب", "شركه", "جامعه", "لجنه", "مكتب", "مركز", "وكاله", "جبهه", "تحالف", "كنيسه", "دير");

    /**
     * A short name in quotation marks inside a title phrase ("محامي "سامسونغ" جون كين"): the token after its
     * closing mark when one or two words stand between the marks and a word follows, else -1.
     */
    private int quotedNameEnd(int i, int b) {
        if (tokens.isWord(i) || "\"«“”".indexOf(tokens.charAt(i)) < 0) {
            return -1;
        }
        for (int j = i + 1; j < b && j <= i + 3; j++) {
            if (!tokens.isWord(j)) {
                return "\"»”“".indexOf(tokens.charAt(j)) >= 0 && j > i + 1 && j + 1 < b && tokens.isWord(j + 1)
                        ? j + 1 : -1;
            }
        }
        return -1;
    }

    /** An institution noun with its preposition among the three words before {@code to} ("لبنك مصر [إيران]"). */
    private boolean institutionBefore(int a, int to) {
        for (int k = to - 1; k > a && k >= to - 3; k--) {
            if (!tokens.isWord(k)) {
                return false;
            }
            if (institutionAfterPreposition(tokens.key(k))) {
                return true;
            }
        }
        return false;
    }

    /** "بحركة", "لصندوق": a preposition glued to an institution noun opens "of X" in a title, not a name. */
    private static boolean institutionAfterPreposition(String k) {
        return k.length() >= 4 && (k.charAt(0) == 'ب' || k.charAt(0) == 'ل')
                && (INSTITUTION.contains(k.substring(1)) || ORG_AR.contains(k.substring(1)));
    }

    private Mention englishName(int a, int b) {
        int end = b;
        int i = end - 1;
        if (b - a >= 3 && !tokens.isWord(b - 2) && tokens.charAt(b - 2) == '.' && isCapitalized(b - 3)
                && tokens.end(b - 3) == tokens.start(b - 2) && tokens.end(b - 2) == tokens.start(b - 1)) {
            return unknown(b - 3, b, PartyType.ORGANISATION, a); // a site: "Gawker.com"
        }
        if (!isCapitalized(i)) {
            // a common noun phrase: "officials", "the city", "a leaked internal letter"
            int s = a;
            while (s < b && DETERMINERS.contains(tokens.key(s))) {
                s++;
            }
            Mention described = describedSource(a, s, b);
            if (described != null) {
                return described;
            }
            if (s >= b || b - s > 4) {
                return null;
            }
            for (int k = s; k < b; k++) {
                if (!tokens.isWord(k) || Words.STOP.contains(tokens.key(k))) {
                    return null;
                }
            }
            Mention referent = describedParty(a, s, b);
            return referent != null ? referent : unknown(s, b, PartyType.ANONYMOUS, a);
        }
        if (b - a <= 2 && PERSON_DESCRIPTION.contains(tokens.key(i)) && i - 1 >= 0 && "the".equals(tokens.key(i - 1))) {
            Mention referent = describedParty(i - 1, i, b); // "The Spaniard believed …", "the Briton said"
            if (referent != null) {
                return referent;
            }
        }
        int s = i;
        while (s - 1 >= a && (isCapitalized(s - 1) || CONNECTORS.contains(tokens.key(s - 1)) && s - 2 >= a
                && isCapitalized(s - 2) || isAbbrevDot(s - 1))) {
            if (tokens.isWord(s - 1) && tokens.key(s - 1).endsWith("'s")) {
                break;
            }
            s--;
        }
        int nameStart = s;
        for (int k = s; k < end; k++) {
            String key = tokens.key(k);
            if (key == null || Words.TITLE.contains(key) || Words.ORG_HEAD.contains(key) || CONNECTORS.contains(key)
                    || key.endsWith("'s")) {
                nameStart = k + 1;
            }
        }
        if (nameStart >= end) {
            while (s < end && (DETERMINERS.contains(tokens.key(s)) || "the".equals(tokens.key(s)))) {
                s++;
            }
            return s < end ? unknown(s, end, PartyType.ORGANISATION, a) : null;
        }
        Mention m = unknown(nameStart, end, PartyType.PERSON, a);
        if (nameStart > a) {
            titleBindings.put(keyOf(a, nameStart), m);
        }
        return m;
    }

    /**
     * "A Department for Education source", "a senior Labour source": a source named only by the body it
     * belongs to is the registry's unnamed source (a determiner, capitalised words, "source"), or null.
     */
    private Mention describedSource(int a, int s, int b) {
        if (!"source".equals(tokens.key(b - 1)) || b - 1 <= s || s == a) {
            return null;
        }
        for (int k = s; k < b - 1; k++) {
            if (!tokens.isWord(k) || !isCapitalized(k) && !CONNECTORS.contains(tokens.key(k))
                    && !"and".equals(tokens.key(k)) && !"senior".equals(tokens.key(k))) {
                return null;
            }
        }
        return lexicon.lookup("a source")
                .map(e -> new Mention(text.substring(tokens.start(a), tokens.end(b - 1)), tokens.start(a),
                        tokens.end(b - 1), e.name(), e.type(), true))
                .orElse(null);
    }

    private boolean isAbbrevDot(int i) {
        return i > 0 && !tokens.isWord(i) && tokens.charAt(i) == '.' && tokens.isWord(i - 1)
                && Words.TITLE.contains(tokens.key(i - 1));
    }

    private static boolean isAcronym(String name) {
        if (name.length() < 2 || name.length() > 6) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (!Character.isUpperCase(name.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean isAcronym(int i) {
        int s = tokens.start(i);
        int e = tokens.end(i);
        if (e - s < 2) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    boolean isCapitalized(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.isWord(i)) {
            return false;
        }
        int s = tokens.start(i);
        char c = text.charAt(s);
        if (Character.isUpperCase(c)) {
            return true;
        }
        // "al-Amr", "el-Sisi": an Arabic article glued to a capitalised name
        return (c == 'a' || c == 'e') && tokens.end(i) - s > 4
                && (text.startsWith("al-", s) || text.startsWith("el-", s)) && Character.isUpperCase(text.charAt(s + 3));
    }

    /** A new party not in the registry, named by tokens [a, b); single surnames take the full name seen before. */
    private Mention unknown(int a, int b, PartyType type, int phraseStart) {
        int s = tokens.start(a);
        int e = tokens.end(b - 1);
        String name = text.substring(s, e);
        if (b - a == 1 && type == PartyType.PERSON) {
            Lexicon.Entry person = registrySurnames.get(tokens.key(a));
            if (person != null) {
                return new Mention(name, s, e, person.name(), person.type(), true); // "جونسون" after "بوريس جونسون"
            }
        }
        if (!isLatin() && name.indexOf('_') >= 0) {
            name = name.replace('_', ' '); // the words of an Arabic hashtag
        }
        if (!isLatin()) {
            String k = tokens.key(a);
            if (k.length() > 3 && (k.charAt(0) == 'و' || k.charAt(0) == 'ف') && b - a >= 1 && a == phraseStart
                    && Words.cue(k, lang) == null && ORG_AR.contains(k.substring(1))) {
                s = skipLetters(s, 1);
                name = text.substring(s, e);
            }
        }
        if (b - a == 1) {
            String full = surnames.get(tokens.key(a));
            String key = tokens.key(a);
            if (full == null && isLatin() && key.length() > 4 && (key.endsWith("'s") || key.endsWith("\u2019s"))) {
                full = surnames.get(key.substring(0, key.length() - 2)); // "Cornyn's statement added"
            }
            if (full == null && isLatin()) {
                full = acronyms.get(tokens.key(a)); // "WHO say …" after "The World Health Organisation (WHO)"
            }
            if (full == null) {
                full = misspeltSurname(tokens.key(a)); // "Ms Bauchtman" after "Lydia Buchtmann", "برايثويت"
            }
            if (full != null) {
                name = full;
            }
        } else if (type == PartyType.PERSON) {
            rememberName(tokens.key(b - 1), name);
        }
        return new Mention(text.substring(s, e), s, e, name, type, false);
    }

    /**
     * The full name of a surname seen before that differs from {@code key} by one letter (two when both have
     * eight letters or more; same first letter, six letters or more): a misspelling in the copy, not another
     * person ("Johnson" and "Johnston" stay two people only if they differ by more).
     */
    private String misspeltSurname(String key) {
        if (key == null || key.length() < 6 || surnames.size() > MAX_FUZZY_NAMES) {
            return null; // past a few hundred people the text is a list, not prose: no guessing, bounded time
        }
        String best = null;
        for (int len = key.length() - 2; len <= key.length() + 2; len++) {
            for (Map.Entry<String, String> e : surnamesStarting.getOrDefault(bucket(key.charAt(0), len), Map.of()).entrySet()) {
                String k = e.getKey();
                if (k.length() >= 6 && editDistance(k, key, 2) <= (Math.min(k.length(), key.length()) >= 8 ? 2 : 1)) {
                    if (best != null) {
                        return null; // two candidates: no guess
                    }
                    best = e.getValue();
                }
            }
        }
        return best;
    }

    /** Levenshtein distance, stopping early above {@code max}. */
    static int editDistance(String a, String b, int max) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }

    /** The key without a conjunction و/ف when that leaves a title, an organisation word or a definite noun. */
    static String norm(String key) {
        if (key == null || Words.TITLE.contains(key) || ORG_AR.contains(key) || Words.STATEMENT.contains(key)) {
            return key;
        }
        String s = stripConj(key);
        if (s != key && (Words.TITLE.contains(s) || ORG_AR.contains(s) || Words.STATEMENT.contains(s)
                || s.startsWith("ال"))) {
            return s;
        }
        return key;
    }

    static String stripConj(String key) {
        if (key != null && key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')
                && LexiconMatcher.isArabicLetter(key.charAt(1))) {
            return key.substring(1);
        }
        return key;
    }

    private static boolean isDayWord(String key) {
        return key != null && (Words.SKIP.contains(key) || key.equals("يوم") || key.endsWith("day")
                && key.length() > 5);
    }

    /** An Arabic head noun of an organisation or of a group that speaks as one ("نشطاء", "وزارة"). */
    static boolean isOrgHead(String key) {
        String k = norm(key);
        return k != null && (ORG_AR.contains(k) || k.startsWith("ال") && ORG_AR.contains(k.substring(2)));
    }

    /** "الخارجية السعودية": a phrase headed by an organisation noun, as the organisation it names. */
    Mention organisationPhrase(int a, int b) {
        return !isLatin() && b > a && isOrgHead(tokens.key(a)) ? unknown(a, b, PartyType.ORGANISATION, a) : null;
    }

    /** The words [a, b) as an unregistered party, when nothing better names it ("النقد الدولي: …"). */
    Mention phrase(int a, int b) {
        return b > a ? unknown(a, b, PartyType.ORGANISATION, a) : null;
    }

    /** "المتحدث", "الناطق": a spokesperson noun. */
    static boolean isSpokes(String key) {
        return key != null && SPOKES.contains(norm(key));
    }

    boolean isLatin() {
        return lang == Language.EN;
    }
}
