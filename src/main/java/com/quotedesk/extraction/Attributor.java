package com.quotedesk.extraction;

import com.quotedesk.common.TextKey;
import com.quotedesk.extraction.QuoteScanner.Quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the body paragraphs sentence by sentence, finds the attribution cues outside quotations and
 * turns them into claims: each quotation gets the cue nearest before it in its sentence (or after it,
 * "…," said X), each cue with a complement ("قال X إن …", "X said the …") gives a reported clause, and
 * "وفقا لـ"/"according to" gives the channel or, alone, the speaker of its sentence. A cue without a
 * name continues the one speaking (flagged inferred); captions and credits are never read, so they
 * never interrupt that chain.
 */
final class Attributor {

    /** One cue read in a sentence. Token indices; clause bounds -1 when the cue reports no clause. */
    private static final class Attribution {
        final int cueTok;
        final Words.Cue cue;
        Mention speaker;
        Mention source;
        boolean inferred;
        int clauseStart = -1;
        int clauseEnd = -1;
        /** "أن ما ذكره X بأن …": a report inside another cue's clause, which it does not end. */
        boolean nested;
        /** "…، وفقا لوكالة تاس": only lends its channel to the sentence's other cues. */
        boolean channelOnly;

        Attribution(int cueTok, Words.Cue cue) {
            this.cueTok = cueTok;
            this.cue = cue;
        }
    }

    /** Only people become the topic a bare "وقال"/"he said" continues: places are named too often. */
    private static final Set<PartyType> SUBJECT_TYPES = EnumSet.of(PartyType.PERSON);
    private static final Set<String> EN_PREPOSITIONS = Words.set("in", "on", "at", "during", "after", "before",
            "via", "through");
    private static final Set<String> PASSIVE = Words.set("been", "being", "was", "were", "is", "are", "be");
    private static final Set<PartyType> CHANNEL_TYPES = EnumSet.of(PartyType.MEDIA, PartyType.STATEMENT);

    private final ArticleContext ctx;
    private final SpeakerPhrases phrases;
    private final QuoteTerms terms;
    private final Tokens t;
    private final String text;
    private final List<Segment> segments;
    private final List<Quote> quotes;
    private final List<ClaimCandidate> out = new ArrayList<>();

    private Mention lastSpeaker;
    private Mention lastSource;
    private int lastClaimTok = -1;
    private LexiconMatcher.Match lastSubjectMatch;
    private int lastSubjectTok = -1;
    /** English: an unregistered person opening a sentence without a cue, who spoke before ("Rathbun requested …"). */
    private Mention lastSubjectPerson;
    private int lastSubjectPersonTok = -1;
    /** Last words (folded) of the people who have spoken so far in the article. */
    private final Set<String> spokeBefore = new java.util.HashSet<>();
    private boolean prevEndsWithColon;
    private Mention prevQuoteSpeaker;
    private Mention prevQuoteSource;
    private int prevQuoteSegment = -1;
    private ClaimCandidate sentenceQuote;
    private int sentenceQuoteStart = Integer.MAX_VALUE;

    private int paraFrom;
    /** Start of the previous sentence read, for a claim continued by "وأنه …" opening the next one. */
    private int prevSentenceStart = -1;
    private int consumedUntil;
    private int nextQuote;
    private boolean[] quoted = new boolean[256];
    private final List<Quote> paraQuotes = new ArrayList<>();

    Attributor(ArticleContext ctx, List<Segment> segments, List<Quote> quotes) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.text = ctx.text;
        this.segments = segments;
        this.quotes = quotes;
        this.phrases = new SpeakerPhrases(ctx, this::inQuote);
        this.terms = new QuoteTerms(ctx);
        this.terms.countShortQuotes(quotes);
    }

    List<ClaimCandidate> run() {
        int qi = 0;
        for (Segment seg : segments) {
            paraQuotes.clear();
            while (qi < quotes.size() && quotes.get(qi).segment() < seg.index()) {
                qi++;
            }
            while (qi < quotes.size() && quotes.get(qi).segment() == seg.index()) {
                paraQuotes.add(quotes.get(qi++));
            }
            if (seg.kind() == SegmentKind.BODY) {
                paragraph(seg);
            }
        }
        subheadings();
        List<ClaimCandidate> body = new ArrayList<>(out);
        for (Segment seg : segments) {
            if (seg.kind() == SegmentKind.TITLE) {
                paraQuotes.clear();
                for (Quote q : quotes) {
                    if (q.segment() == seg.index()) {
                        paraQuotes.add(q);
                    }
                }
                headline(seg, body);
            }
        }
        out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                : x.kind().compareTo(y.kind()));
        return out;
    }

    // ---- paragraphs and sentences -------------------------------------------------------------

    private void paragraph(Segment seg) {
        int a = t.indexAt(seg.start());
        int b = t.indexAt(seg.end());
        paraFrom = a;
        paraQuotes.removeIf(q -> terms.isNameInQuotes(q, t.indexAt(q.open())));
        paraQuotes.sort((x, y) -> Integer.compare(x.open(), y.open()));
        nextQuote = 0;
        if (quoted.length < b - a) {
            quoted = new boolean[Math.max(b - a, quoted.length * 2)];
        }
        java.util.Arrays.fill(quoted, 0, b - a, false);
        for (Quote q : paraQuotes) {
            int qa = t.indexAt(q.open());
            int qb = q.close() < 0 ? b : t.indexAt(q.close()) + 1;
            for (int i = qa; i < qb && i < b; i++) {
                quoted[i - a] = true;
            }
        }
        int ss = a;
        java.util.BitSet closesSentence = ctx.isLatin() ? quotedSentenceEnds(a, b) : new java.util.BitSet();
        for (int i = a; i < b; i++) {
            if (closesSentence.get(i - a)
                    || !t.isWord(i) && !quoted[i - a] && isSentenceEnd(t.charAt(i)) && !insideAbbreviation(i, b)) {
                sentence(ss, i + 1);
                ss = i + 1;
            }
        }
        if (ss < b) {
            sentence(ss, b);
        }
        prevEndsWithColon = b > a && !t.isWord(b - 1) && t.charAt(b - 1) == ':';
    }

    /**
     * English: a quotation closing on its own full stop ("… each other.") followed by a new capitalised
     * sentence ("However, …") ends the sentence at the closing mark; not when the next words attribute it
     * ("… life." Eastman said).
     */
    private java.util.BitSet quotedSentenceEnds(int a, int b) {
        java.util.BitSet ends = new java.util.BitSet();
        for (Quote q : paraQuotes) {
            if (q.close() < 0) {
                continue;
            }
            int c = t.indexAt(q.close());
            if (c - 1 <= a || c + 1 >= b || t.isWord(c - 1) || !isSentenceEnd(t.charAt(c - 1))) {
                continue;
            }
            int n = c + 1;
            if (t.isWord(n) && ctx.isCapitalized(n) && t.cue(n) == null && (n + 1 >= b || t.cue(n + 1) == null)
                    && (n + 2 >= b || t.cue(n + 2) == null)) {
                ends.set(c - a);
            }
        }
        return ends;
    }

    /** "سي.إن.إن", "U.S.": a full stop with a letter right after it abbreviates, it does not end a sentence. */
    private boolean insideAbbreviation(int i, int b) {
        return t.charAt(i) == '.' && i + 1 < b && t.isWord(i + 1) && t.start(i + 1) == t.end(i);
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F';
    }

    private boolean inQuote(int i) {
        return i >= paraFrom && i - paraFrom < quoted.length && quoted[i - paraFrom];
    }

    private void sentence(int ss, int se) {
        if (!ctx.isLatin()) {
            noteOutlets(ss, se);
        }
        List<Attribution> atts = new ArrayList<>(2);
        for (int i = ss; i < se; i++) {
            if (!t.isWord(i) || inQuote(i) || i < consumedUntil) {
                continue;
            }
            Words.Cue cue = t.cue(i);
            if (cue == null && ctx.isLatin()) {
                Attribution words = inTheWordsOf(i, se);
                if (words != null) {
                    atts.add(words);
                }
                continue;
            }
            if (cue == null && !ctx.isLatin()) {
                Attribution nominal = nominalAr(i, ss, se, atts);
                if (nominal != null) {
                    atts.add(nominal);
                }
                continue;
            }
            if (cue == null || !accepts(i, cue, se) || embedded(i, cue, ss, atts)) {
                continue;
            }
            Attribution att = attribute(i, cue, ss, se, atts);
            if (att != null) {
                atts.add(att);
            }
        }
        Mention relayed = null;
        for (Attribution att : atts) {
            if (att.cue == Words.Cue.RELAY && att.source != null) {
                relayed = att.source; // "It quoted critics …, with Boswell stating:": the channel stays
            } else if (relayed != null && att.source == null) {
                att.source = relayed;
            }
        }
        for (int k = 0; k < atts.size(); k++) {
            Attribution att = atts.get(k);
            if (att.clauseStart >= 0) {
                int next = nextCue(atts, k, se);
                att.clauseEnd = Math.min(att.clauseEnd < 0 ? se : att.clauseEnd, next);
            }
        }
        while (nextQuote < paraQuotes.size()) {
            Quote q = paraQuotes.get(nextQuote);
            int qa = t.indexAt(q.open());
            if (qa >= se) {
                break;
            }
            nextQuote++;
            if (qa >= ss) {
                direct(q, qa, ss, se, atts);
            }
        }
        for (Attribution att : atts) {
            if (att.clauseStart >= 0) {
                reported(att);
            }
        }
        if (atts.isEmpty() && !ctx.isLatin()) {
            continuedClause(ss, se);
        }
        noteMentions(ss, se, atts);
        prevSentenceStart = ss;
    }

    /**
     * A cue inside the clause another cue reports ("أكد أنه حذر …", "said he told …") is part of the
     * reported words, unless it is coordinated with the first one ("…، وأشارت إلى", "…, and said").
     */
    private boolean embedded(int i, Words.Cue cue, int ss, List<Attribution> atts) {
        if (atts.isEmpty() || cue == Words.Cue.ACCORDING || cue == Words.Cue.RELAY) {
            return false;
        }
        Attribution prev = atts.get(atts.size() - 1);
        if (prev.clauseStart < 0 || prev.clauseStart > i) {
            return false;
        }
        String k = t.key(i);
        // "وأشارت" is و + a cue; "وصف" is a cue whose root starts with و
        boolean conj = !ctx.isLatin() && k.length() > 3 && (k.charAt(0) == 'و' || k.charAt(0) == 'ف')
                && Words.cue(k.substring(1), ctx.lang) != null;
        String before = i > ss ? t.key(i - 1) : null;
        boolean comma = i > ss && !t.isWord(i - 1) && (t.charAt(i - 1) == ',' || t.charAt(i - 1) == '\u060C');
        return !(conj || comma || Words.CONTRAST.contains(before) || "and".equals(before) || "but".equals(before)
                || "لكنه".equals(before)
                || "لكنها".equals(before) || Words.PARTICIPLE.contains(k));
    }

    /** Filters words that are cues only in some uses ("according" needs "to", "جاء" needs "في"). */
    private boolean accepts(int i, Words.Cue cue, int se) {
        String k = t.key(i);
        String next = i + 1 < se ? t.key(i + 1) : null;
        String prev = i > 0 ? t.key(i - 1) : null;
        if (ctx.isLatin() && cue != Words.Cue.ACCORDING && cue != Words.Cue.RELAY && PASSIVE.contains(prev)) {
            return false; // passive: "no injuries were reported", "has been told to prepare"
        }
        if (Words.NEGATING_NOUN.contains(prev)) {
            return false; // "طالبا عدم كشف هويته": a verbal noun, nobody speaks
        }
        if (ctx.isLatin() && cue == Words.Cue.TELL && ("that".equals(next) || "to".equals(next))) {
            return false; // "was hauled in and told that …": told with no one told is a passive
        }
        if (ctx.isLatin() && Words.PARTICIPLE.contains(k) && i > 0 && t.isWord(i - 1) && t.cue(i - 1) != null
                && t.cue(i - 1) != Words.Cue.ACCORDING) {
            return false; // "They say adding the mineral …": a gerund opening the clause, not a cue
        }
        if (ctx.isLatin() && Words.EN_THAT_ONLY.contains(k)) {
            return "that".equals(next); // "the study found that …", not "United States", "found the body"
        }
        if (ctx.isLatin() && ("claim".equals(k) || "claims".equals(k))) {
            // a verb after its subject and before its clause ("Paris claims she …", "claims that …");
            // a noun elsewhere ("the claims", "asylum claim acceptance rate", "claims over 150,000")
            boolean clauseNext = next != null && ("that".equals(next) || Words.PRONOUN.contains(next)
                    || "the".equals(next) || ctx.isCapitalized(i + 1));
            if (prev == null || Words.EN_DETERMINER.contains(prev) || !t.isWord(i - 1) || !clauseNext) {
                return false;
            }
        }
        if (!ctx.isLatin() && COMMENTED.contains(ArticleContext.stripConj(k))) {
            // "علق" also suspends ("علقت الحكومة المفاوضات"): a cue only as "كما علق X", "علق X على …"/"بالقول"
            if ("كما".equals(prev) || "وكما".equals(prev)) {
                return true;
            }
            for (int j = i + 1; j < Math.min(se, i + 8); j++) {
                String kj = t.key(j);
                if ("علي".equals(kj) || "بالقول".equals(kj) || !t.isWord(j) && t.charAt(j) == ':') {
                    return true;
                }
            }
            return false;
        }
        switch (cue) {
            case ACCORDING:
                return !"according".equals(k) || "to".equals(next);
            case STANDS_IN:
                return "في".equals(next);
            case DESCRIBE:
                return !("called".equals(k) || "calls".equals(k)) || !("for".equals(next) || "on".equals(next));
            case RELAY:
                if (ctx.isLatin()) {
                    return true;
                }
                for (int j = i + 1; j < Math.min(se, i + 12); j++) {
                    if ("عن".equals(t.key(j))) {
                        return true;
                    }
                }
                return false;
            default:
                return true;
        }
    }

    private int nextCue(List<Attribution> atts, int index, int se) {
        Attribution att = atts.get(index);
        for (int k = index + 1; k < atts.size(); k++) {
            Attribution o = atts.get(k);
            if (o.nested && !att.nested) {
                continue; // "… أن ما ذكره X بأن …": the inner report does not end the outer one
            }
            if (o.cueTok > att.clauseStart) {
                int e = o.cueTok;
                while (e > att.clauseStart && (!t.isWord(e - 1) || "و".equals(t.key(e - 1))
                        || "and".equals(t.key(e - 1)) || "but".equals(t.key(e - 1)))) {
                    e--;
                }
                if (o.cue == Words.Cue.ACCORDING && o.clauseStart < 0 || o.cue != Words.Cue.ACCORDING) {
                    return e;
                }
            }
        }
        return se;
    }

    // ---- one cue ------------------------------------------------------------------------------

    private Attribution attribute(int i, Words.Cue cue, int ss, int se, List<Attribution> atts) {
        Attribution att = switch (cue) {
            case ACCORDING -> according(i, ss, se, atts);
            case RELAY -> relay(i, ss, se, atts);
            case STANDS_IN -> standsIn(i, se);
            default -> ctx.isLatin() ? speechEn(i, cue, ss, se, atts) : speechAr(i, cue, ss, se, atts);
        };
        if (att != null && att.source == null && att.speaker != null && !att.inferred
                && (cue == Words.Cue.SAY || cue == Words.Cue.ADD || cue == Words.Cue.DESCRIBE)) {
            att.source = interviewChannel(ss, i);
        }
        return att;
    }

    /** Forms of "commented" (علّق), which also means "suspended". */
    private static final Set<String> COMMENTED = Words.set("علق", "علقت", "يعلق", "تعلق", "معلقا", "معلقه");

    /** Nouns of an interview or remarks given to an outlet. */
    private static final Set<String> INTERVIEW = Words.set("مقابله", "حوار", "حديث", "تصريحات", "تصريح", "لقاء",
            "interview", "interviews", "remarks", "comments", "remarks", "speaking", "talking");
    /** Nouns and last words that make an unregistered name an outlet: "قناة الحوار", "al-Ikhbariya television". */
    private static final Set<String> OUTLET_WORD = Words.set("قناه", "صحيفه", "وكاله", "اذاعه", "موقع", "شبكه",
            "مجله", "television", "tv", "radio", "newspaper", "channel", "agency", "broadcaster", "network");

    /**
     * "في مقابلة مع قناة X، قال", "X, in remarks to Y television, said": the outlet an interview or remarks
     * were given to, before the cue in its sentence, is the channel; a registry outlet, or a phrase headed or
     * ended by an outlet noun. Null when there is none.
     */
    private Mention interviewChannel(int ss, int cueTok) {
        for (int k = Math.max(ss, cueTok - 20); k < cueTok; k++) {
            if (!t.isWord(k) || inQuote(k)) {
                continue;
            }
            String key = ArticleContext.norm(ArticleContext.stripConj(t.key(k)));
            if (!INTERVIEW.contains(key) && !(key.length() > 3 && key.charAt(0) == 'ب'
                    && INTERVIEW.contains(key.substring(1)))) {
                continue;
            }
            int j = k + 1;
            while (j < cueTok && j < k + 4 && t.isWord(j)) {
                String kj = t.key(j);
                if ("مع".equals(kj) || "to".equals(kj) || "with".equals(kj) || "اجراه".equals(kj)
                        || "اجرته".equals(kj) || "بثته".equals(kj) || "نشرته".equals(kj)) {
                    j++;
                    break;
                }
                if (kj.startsWith("ل") && kj.length() > 2) {
                    break; // "في تصريحات لـCNN", "في حديث لصحيفة X": the outlet word carries the preposition
                }
                if (!"a".equals(kj) && !"an".equals(kj) && !"the".equals(kj) && !"خاصه".equals(kj)
                        && !"صحفيه".equals(kj) && !"تلفزيونيه".equals(kj) && !"هاتفيه".equals(kj)) {
                    return null;
                }
                j++;
            }
            if (j >= cueTok || !t.isWord(j)) {
                return null;
            }
            String head0 = ArticleContext.norm(t.key(j));
            if (OUTLET_WORD.contains(head0) && j + 2 < cueTok && !t.isWord(j + 1)
                    && "\"«“".indexOf(t.charAt(j + 1)) >= 0) {
                for (int c = j + 2; c < cueTok && c <= j + 7; c++) {
                    if (!t.isWord(c)) {
                        return c > j + 2 && "\"»”".indexOf(t.charAt(c)) >= 0 ? ctx.phrase(j + 2, c) : null;
                    }
                }
                return null; // "في مقابلة مع قناة "إن تي في" الخاصة": the quoted name
            }
            int e = j;
            while (e < cueTok && e < j + 5 && t.isWord(e) && !inQuote(e) && t.cue(e) == null
                    && !(e > j && Words.STOP.contains(t.key(e)))) {
                e++;
            }
            LexiconMatcher.Match m = ctx.registryAt(j, e);
            if (m != null && m.from() == j && CHANNEL_TYPES.contains(m.alias().entry().type())) {
                Mention outlet = ctx.mentionOf(m);
                note(outlet, j, m.to());
                return outlet;
            }
            String head = ArticleContext.norm(t.key(j));
            String bareHead = head.length() > 3 && head.charAt(0) == 'ل' ? head.substring(1) : head;
            if (e > j + 1 && (OUTLET_WORD.contains(head) || OUTLET_WORD.contains(bareHead)
                    || OUTLET_WORD.contains(t.key(e - 1)))) {
                return ctx.phrase(j, e);
            }
            return null;
        }
        return null;
    }

    private Attribution speechAr(int i, Words.Cue cue, int ss, int se, List<Attribution> atts) {
        if (Words.NOTED.contains(t.key(i)) && i + 1 < se && Words.COMPLEMENT.contains(t.key(i + 1))) {
            return null; // "ويذكر أن …": the writer's background, nobody is quoted
        }
        Attribution att = new Attribution(i, cue);
        int limit = Math.min(se, i + 24);
        String bare = ArticleContext.stripConj(t.key(i));
        boolean participle = Words.PARTICIPLE.contains(t.key(i)) || Words.PARTICIPLE.contains(bare);
        int npEnd = -1;
        int comp = -1;
        for (int j = i + 1; j < limit; j++) {
            if (inQuote(j)) {
                if (npEnd < 0) {
                    npEnd = j;
                }
                break;
            }
            String k = t.key(j);
            if (k == null) {
                if (t.charAt(j) == ':') {
                    comp = j;
                    if (npEnd < 0) {
                        npEnd = j;
                    }
                    break;
                }
                continue;
            }
            if (Words.COMPLEMENT.contains(k)) {
                comp = j;
                if (npEnd < 0) {
                    npEnd = j;
                }
                break;
            }
            if (npEnd < 0 && j > i + 1 && (Words.STOP.contains(k) || t.cue(j) != null)) {
                npEnd = j;
            }
            if (j > i + 1 && t.cue(j) != null && t.cue(j) != Words.Cue.ACCORDING && t.cue(j) != Words.Cue.CHANT
                    && !Words.NEGATING_NOUN.contains(t.key(j - 1))) {
                break; // "أعلنت عن مقتل … ونفت أن": the complement belongs to the next cue
            }
            if (npEnd < 0 && j > i + 1 && cue == Words.Cue.DESCRIBE
                    && !Words.TITLE.contains(ArticleContext.norm(t.key(i + 1))) && ctx.registryAt(j, limit) != null) {
                npEnd = j; // "اتهمت حكومات متعددة بيونغ يانغ": the object is the registry name
            }
            if (npEnd < 0 && j == i + 1 && Words.STOP.contains(k)) {
                npEnd = j;
            }
            if (j > i + 1 && Words.SPEECH_POSSESSIVE.contains(ArticleContext.stripConj(k)) && j + 1 < limit
                    && Words.COMPLEMENT.contains(t.key(j + 1))) {
                break; // "اتهم المصدر X بـ…، إضافة إلى قوله إن": the complement belongs to "قوله"
            }
            if (("الي".equals(k) || "علي".equals(k) || "عن".equals(k)) && j + 1 < limit
                    && Words.COMPLEMENT.contains(t.key(j + 1))) {
                comp = j + 1;
                break;
            }
            if (j == i + 1 && participle && "الي".equals(k) && bare.contains("شير") && j + 1 < limit
                    && t.isWord(j + 1) && !inQuote(j + 1) && !Words.STOP.contains(t.key(j + 1))) {
                comp = j; // "مشيرا إلى إصابة رجلين": what the participle points to is the claim
                npEnd = j;
                break;
            }
            boolean atNpEnd = j == (npEnd < 0 ? j : npEnd)
                    || j == i + 2 && t.key(i + 1) != null && t.key(i + 1).startsWith("ايا"); // "داعيا إياه إلى"
            if (atNpEnd && ("علي".equals(k) && (bare.contains("شدد") || bare.contains("اكد"))
                    || "عن".equals(k) && (bare.contains("كشف") || bare.contains("اعرب") || bare.contains("علن"))
                    || "الي".equals(k) && (bare.startsWith("دع") || bare.startsWith("يدع") || bare.startsWith("داع"))
                    && j + 1 < limit && t.isWord(j + 1) && !inQuote(j + 1)
                    && !Words.STOP.contains(t.key(j + 1)))) {
                comp = j; // "شددت على أهمية …", "كشف … عن سعي …": the noun phrase is the claim
                if (npEnd < 0) {
                    npEnd = j;
                }
                break;
            }
        }
        if (npEnd < 0) {
            npEnd = comp >= 0 ? comp : limit;
        }
        int subjectStart = -1;
        int subjectEnd = -1;
        Mention speaker = null;
        if (cue == Words.Cue.DESCRIBE && !participle && (subjectStart = subjectBefore(i, ss)) >= 0) {
            subjectEnd = subjectEnd(subjectStart, i);
            speaker = ctx.resolve(subjectStart, subjectEnd); // "علي خامنئي اتهم الولايات المتحدة بـ": X is the object
        }
        Mention addressed = addressedOutlet(i + 1, npEnd);
        Mention toldBeforeQuote = null;
        if (speaker == null && addressed == null && comp < 0 && npEnd < se && inQuote(npEnd) && npEnd > i + 2) {
            int o = outletAfterName(i + 2, npEnd); // "قال القيادي X لرويترز "…"": X speaks, Reuters carries it
            if (o > i + 1) {
                LexiconMatcher.Match om = ctx.registryAt(o, npEnd);
                toldBeforeQuote = ctx.mentionOf(om);
                note(toldBeforeQuote, o, om.to());
                npEnd = o;
            }
        }
        if (speaker == null && addressed == null) {
            subjectStart = -1;
            speaker = npEnd > i + 1 && !participle ? ctx.resolve(i + 1, npEnd) : null;
        }
        if (speaker == null && !participle && comp > npEnd) {
            speaker = apposition(npEnd, comp); // "قال مساعد السويد في الأمم المتحدة، كارل سكاو، إن"
        }
        if (speaker != null && !participle && comp > npEnd && ArticleContext.isSpokes(t.key(i + 1))) {
            Mention ranked = rankedName(npEnd, comp); // "المتحدث باسم X في اليمن العقيد تركي المالكي أن"
            if (ranked != null) {
                speaker = ranked;
            }
        }
        if (speaker == null && !participle) {
            subjectStart = subjectBefore(i, ss);
            if (subjectStart >= 0) {
                subjectEnd = subjectEnd(subjectStart, i);
                speaker = ctx.resolve(subjectStart, subjectEnd); // "صحيفة لوموند الفرنسية أشارت إلى أن"
            }
        }
        if (speaker != null) {
            note(speaker, subjectStart >= 0 ? subjectStart : i + 1, subjectStart >= 0 ? subjectEnd : npEnd);
        }
        att.speaker = speaker;
        if (speaker == null) {
            fillSpeaker(att, i, ss, atts);
            if (participle) {
                att.inferred = false;
            }
        }
        if (comp > i + 2 && att.source == null && speaker != null) {
            att.source = toldOutlet(i + 2, comp); // "قال مصدر أمني لوكالة فرانس برس إن"
        }
        if (addressed != null && att.source == null) {
            att.source = addressed; // "مسؤول آخر بالحركة قال لـCNN إن": told the outlet
        }
        if (toldBeforeQuote != null && att.source == null) {
            att.source = toldBeforeQuote;
        }
        if (att.source == null && comp > npEnd && npEnd > i) {
            att.source = postedOn(npEnd, comp); // "كتب الدفاع المدني على فيس بوك إن": the platform
        }
        boolean frames = cue == Words.Cue.DESCRIBE && !reportsObject(t.key(i)); // وصف X بأنه "…"
        boolean colonQuote = comp >= 0 && !t.isWord(comp) && comp + 1 < se && inQuote(comp + 1)
                || comp >= 0 && !t.isWord(comp) && comp + 2 < se && !t.isWord(comp + 1) && inQuote(comp + 2);
        if (comp >= 0 && !frames && !colonQuote && (t.isWord(comp) || cue != Words.Cue.CHANT)) {
            att.clauseStart = comp + 1;
        } else if (comp < 0 && cue == Words.Cue.DESCRIBE && reportsObject(t.key(i))) {
            att.clauseStart = speaker != null ? npEnd : i + 1;
        } else if (comp < 0 && speaker != null && trailing(i, ss, se)) {
            att.clauseStart = ss; // "…، كما أعلن المنظمون", "تزايد الضغط …، كتبت صحيفة X": the words come first
            att.clauseEnd = i - 1;
        }
        return att;
    }

    /** "على"/"عبر" and a registered outlet or platform between the speaker and the complement. */
    private Mention postedOn(int from, int comp) {
        for (int j = from; j + 1 < comp && j < from + 6; j++) {
            String k = t.key(j);
            if (("علي".equals(k) || "عبر".equals(k)) && t.isWord(j + 1)) {
                LexiconMatcher.Match m = ctx.registryAt(j + 1, comp);
                if (m != null && m.alias().entry().type() == PartyType.MEDIA) {
                    Mention outlet = ctx.mentionOf(m);
                    note(outlet, j + 1, m.to());
                    return outlet;
                }
            }
        }
        return null;
    }

    /**
     * Arabic nouns of speech that attribute: "تصريحات رئيس الوزراء X أن …" (the noun opens its phrase, a
     * speaker and a complement follow), "وختم المصدر تصريحه بأن …" / "إضافة إلى قوله إن …" (the noun with
     * its owner's pronoun right before the complement: the owner is the verb's subject or the sentence's
     * speaker), "أن ما ذكره X بأن …" (a report nested in another cue's clause).
     */
    private Attribution nominalAr(int i, int ss, int se, List<Attribution> atts) {
        String k = ArticleContext.stripConj(t.key(i));
        String prev = i > ss && t.isWord(i - 1) ? t.key(i - 1) : null;
        for (Attribution a : atts) {
            if (a.clauseStart > i || a.cueTok < i && a.clauseStart < 0 && a.cue == Words.Cue.RELAY) {
                return null; // "نقلت تاس عن كيم قوله إن": the relay reads it
            }
        }
        if (Words.SPEECH_POSSESSIVE.contains(k) && i + 1 < se && Words.COMPLEMENT.contains(t.key(i + 1))) {
            Attribution att = new Attribution(i, Words.Cue.SAY);
            int words = 0;
            for (int j = ss + 1; j < i; j++) {
                if (!t.isWord(j) || inQuote(j) || Words.STOP.contains(t.key(j)) || t.cue(j) != null) {
                    words = -1;
                    break;
                }
                words++;
            }
            Mention owner = words >= 1 && words <= 5 && t.isWord(ss) ? ctx.resolve(ss + 1, i) : null;
            if (owner != null) {
                att.speaker = owner; // "وختم المصدر المسؤول تصريحه بأن"
                note(owner, ss + 1, i);
            } else {
                fillSpeaker(att, i, ss, atts);
            }
            att.clauseStart = i + 2;
            return att;
        }
        boolean relative = "ما".equals(prev) && k.length() > 3 && k.endsWith("ه")
                && Words.cue(k.substring(0, k.length() - 1), ctx.lang) == Words.Cue.SAY;
        if (!Words.SPEECH_NOUN.contains(k) && !relative) {
            return null;
        }
        if (!relative && prev != null && Words.STOP.contains(prev)) {
            return null; // "في تصريحات لـCNN": a circumstance, not the subject
        }
        int comp = -1;
        int npEnd = -1;
        for (int j = i + 1; j < se && j < i + 12; j++) {
            if (inQuote(j) || t.isWord(j) && t.cue(j) != null) {
                return null;
            }
            String kj = t.key(j);
            if (kj != null && Words.COMPLEMENT.contains(kj)) {
                comp = j;
                break;
            }
            if (npEnd < 0 && (kj == null || Words.STOP.contains(kj))) {
                if (!relative) {
                    return null;
                }
                npEnd = j; // "ما ذكره الرئيس الفرنسي في مقابلة تلفزيونية بأن"
            }
        }
        if (comp < 0) {
            return null;
        }
        if (npEnd < 0) {
            npEnd = comp;
        }
        Mention speaker = npEnd > i + 1 ? ctx.resolve(i + 1, npEnd) : null;
        if (speaker == null) {
            return null;
        }
        note(speaker, i + 1, npEnd);
        Attribution att = new Attribution(i, Words.Cue.SAY);
        att.speaker = speaker;
        att.nested = relative;
        att.clauseStart = comp + 1;
        if (!relative) {
            for (int j = comp + 1; j < se; j++) {
                if (!t.isWord(j) && !inQuote(j) && (t.charAt(j) == '\u060C' || t.charAt(j) == ',')) {
                    att.clauseEnd = j; // the noun phrase is a subject: its clause ends at the comma
                    break;
                }
            }
        }
        return att;
    }

    /** An outlet right after the cue with لـ ("قال لـCNN", "قالت لصحيفة X"): the addressee, not the speaker. */
    private Mention addressedOutlet(int j, int npEnd) {
        if (j >= npEnd || !t.isWord(j) || t.key(j).charAt(0) != 'ل') {
            return null;
        }
        if ("ل".equals(t.key(j)) && j + 2 < t.size() && !t.isWord(j + 1) && t.isWord(j + 2)) {
            // "قالت لـ"سي.ان.ان: "…"": a mark opened before the outlet's name and never closed
            LexiconMatcher.Match m = ctx.registryAt(j + 2, Math.min(t.size(), j + 9));
            return m != null && m.from() == j + 2 && CHANNEL_TYPES.contains(m.alias().entry().type())
                    ? ctx.mentionOf(m) : null;
        }
        LexiconMatcher.Match m = ctx.registryAt(j, npEnd);
        boolean outlet = m != null && m.clitic() > 0 && CHANNEL_TYPES.contains(m.alias().entry().type());
        return outlet ? ctx.mentionOf(m) : null;
    }

    /** A rank and a name after the spokesperson's organisation and its place: the name. */
    private Mention rankedName(int from, int comp) {
        for (int k = from; k < comp && k < from + 8; k++) {
            if (!t.isWord(k) || inQuote(k)) {
                return null;
            }
            String key = ArticleContext.norm(t.key(k));
            if (Words.TITLE.contains(key) && !ArticleContext.isSpokes(key) && !"باسم".equals(key)) {
                Mention m = ctx.resolve(k, comp);
                return m != null && m.type() == PartyType.PERSON && !m.known() ? m : null;
            }
        }
        return null;
    }

    /** A name set off by commas after an unresolved title phrase, before the complement. */
    private Mention apposition(int from, int comp) {
        for (int k = from; k < comp; k++) {
            if (!t.isWord(k) && (t.charAt(k) == '\u060C' || t.charAt(k) == ',')) {
                Mention m = ctx.resolve(k + 1, comp);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * Arabic subject-first order ("الصحيفة قالت إن", "هآرتس كتبت في الافتتاحية إن"): a cue without the
     * conjunction و, no name after it, and only a short run of words from the sentence start before it.
     */
    private int subjectBefore(int i, int ss) {
        String k = t.key(i);
        Words.Cue cue = Words.cue(k, ctx.lang);
        if (cue == null || cue == Words.Cue.CHANT || Words.PARTICIPLE.contains(k)
                || k.charAt(0) == 'و' && k.length() > 3 && Words.cue(k.substring(1), ctx.lang) != null) {
            return -1;
        }
        if (i - ss > 16) {
            return -1; // bounded: a subject of at most five words, so a long sentence costs nothing here
        }
        int a = ss;
        while (a < i && (!t.isWord(a) || Words.SKIP.contains(ArticleContext.stripConj(t.key(a))))) {
            a++;
        }
        if (a + 2 < i && CONTRAST_HEAD.contains(t.key(a)) && Words.COMPLEMENT.contains(t.key(a + 1))) {
            a += 2; // "غير أن أثينا تقول إن": the subject after the contrastive "غير أن"
        }
        int words = 0;
        for (int j = a; j < i; j++) {
            if (!t.isWord(j) || inQuote(j) || Words.STOP.contains(t.key(j)) || t.cue(j) != null) {
                return -1;
            }
            words++;
        }
        return words >= 1 && words <= 5 ? a : -1;
    }

    /** The subject before a cue without the auxiliaries that may close it ("… قد أعلنت"). */
    private int subjectEnd(int a, int i) {
        int e = i;
        while (e > a + 1 && Words.SKIP.contains(t.key(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * A cue that ends its sentence after a comma or "كما" with no complement and no quotation after it
     * reports the words before it.
     */
    private boolean trailing(int i, int ss, int se) {
        int p = i - 1;
        if (p <= ss || i - ss < 5 || se - ss > 400) {
            return false; // bounded scan: one sentence of ordinary length
        }
        boolean asSaid = t.isWord(p) && "كما".equals(t.key(p));
        boolean comma = !t.isWord(p) && (t.charAt(p) == '\u060C' || t.charAt(p) == ',');
        if (!asSaid && !comma || comma && t.key(i).charAt(0) == 'و') {
            return false;
        }
        for (int j = ss; j < se; j++) {
            if (inQuote(j) && j > i || j > i && t.isWord(j) && Words.COMPLEMENT.contains(t.key(j))) {
                return false;
            }
            if (j < p && t.isWord(j) && t.cue(j) != null) {
                return false;
            }
        }
        return true;
    }

    /** The token where an outlet addressed with لـ ends the phrase [from, to) ("… زيتون لرويترز"), or -1. */
    private int outletAfterName(int from, int to) {
        for (int j = from; j < to && j < from + 8; j++) {
            LexiconMatcher.Match m = t.isWord(j) && t.key(j).startsWith("ل") ? ctx.registryAt(j, to) : null;
            if (m != null && m.clitic() > 0 && m.from() == j && (m.to() == to || m.to() == to - 1 && !t.isWord(to - 1))
                    && CHANNEL_TYPES.contains(m.alias().entry().type())) {
                return j;
            }
        }
        return -1;
    }

    /** An outlet addressed with لـ between the speaker and the complement: the channel. */
    private Mention toldOutlet(int from, int to) {
        for (int j = from; j < to && j < from + 8; j++) {
            LexiconMatcher.Match m = t.isWord(j) && t.key(j).startsWith("ل") ? ctx.registryAt(j, to) : null;
            if (m != null && m.clitic() > 0 && CHANNEL_TYPES.contains(m.alias().entry().type())) {
                Mention outlet = ctx.mentionOf(m);
                note(outlet, j, m.to());
                return outlet;
            }
        }
        return null;
    }

    /** اتهم/اعتبر report a judgement whose object is the claim; وصف only frames a quotation. */
    private static boolean reportsObject(String key) {
        String k = ArticleContext.stripConj(key);
        return k.contains("تهم") || k.contains("عتبر");
    }

    private Attribution speechEn(int i, Words.Cue cue, int ss, int se, List<Attribution> atts) {
        Attribution tail = trailingEn(i, cue, ss, se, atts);
        if (tail != null) {
            return tail;
        }
        Attribution att = new Attribution(i, cue);
        int p = i - 1;
        while (p >= ss && t.isWord(p) && Words.SKIP.contains(t.key(p))) {
            p--;
        }
        if (p - 2 >= ss && t.isWord(p) && "who".equals(t.key(p)) && !t.isWord(p - 1) && t.charAt(p - 1) == ','
                && t.isWord(p - 2) && !inQuote(p - 2)) {
            p -= 2; // "to meet with Devocht, who had told Montalvo he would …": the name before the relative
        }
        boolean participleAfterComma = Words.PARTICIPLE.contains(t.key(i)) && p >= ss && !t.isWord(p)
                && t.charAt(p) == ',' && p - 1 >= ss && !inQuote(p - 1);
        if (p > ss && !t.isWord(p) && t.charAt(p) == ')' && !inQuote(p)) {
            for (int k = p - 1; k > ss && k > p - 8; k--) {
                if (!t.isWord(k) && t.charAt(k) == '(') {
                    p = k - 1; // "The World Health Organisation (WHO) recommends"
                    break;
                }
            }
        }
        boolean afterQuote = p < ss || inQuote(p) || !t.isWord(p) && t.charAt(p) == ',' && (p - 1 < ss || inQuote(p - 1));
        Mention speaker = null;
        boolean pronoun = false;
        int after = i + 1;
        if (!afterQuote && p >= ss && t.isWord(p) && Words.PRONOUN.contains(t.key(p))) {
            pronoun = true;
        } else if (participleAfterComma) {
            speaker = null; // "…, writing in a blog post": the participle continues the sentence's speaker
        } else if (!afterQuote && p >= ss && Words.PARTICIPLE.contains(t.key(i)) && t.isWord(p)
                && Words.STOP.contains(t.key(p)) && phrases.registryEndingAt(p + 1, ss) == null) {
            speaker = null; // "Sunak defended … whilst promising …": the subject of the sentence
        } else if (!afterQuote && p >= ss) {
            int npEnd = p + 1;
            if (!t.isWord(p) && t.charAt(p) == ',') {
                int c = p - 1;
                while (c > ss && c > p - 14 && (t.isWord(c) || t.charAt(c) != ',')) {
                    c--;
                }
                boolean commaBefore = c > ss && !t.isWord(c) && t.charAt(c) == ',';
                // "Paul Dewar, an Ottawa MP, said" (apposition after the name) or "The secretary of CEI,
                // Nunzio Galantino, has called" (the name after the title)
                npEnd = commaBefore && !ctx.isCapitalized(c + 1) || commaBefore && "the".equals(t.key(c + 1)) ? c : p;
                int named = phrases.nameChunkBefore(p, ss);
                if (named > 0) {
                    npEnd = named; // "Professor Cres Eastman, Director of …, and Chairman of …, says"
                }
            }
            LexiconMatcher.Match known = phrases.registryEndingAt(npEnd, ss);
            int npStart = known != null ? known.from() : phrases.backNp(npEnd, ss);
            if (known != null && phrases.partOfLongerName(known.from(), ss)) {
                known = null; // "The Globe and Mail": not the registry's "Mail"
                npStart = phrases.backNp(npEnd, ss);
            }
            if (known == null && npStart < npEnd && phrases.onlyTimeWords(npStart, npEnd)) {
                // "A survey published in … this week, revealed", "Posts on … from Friday theorized": the
                // subject is the noun phrase that opens the sentence, not the time words before the cue
                int k = ss;
                while (k < npStart && t.isWord(k) && !inQuote(k) && !Words.STOP.contains(t.key(k))
                        && !(k > ss && (t.key(k).endsWith("ed") || t.key(k).endsWith("ing")))) {
                    k++;
                }
                if (k > ss) {
                    npStart = ss;
                    npEnd = k;
                }
            }
            if (known == null && npStart > ss + 1 && npStart < npEnd && t.isWord(npStart - 1)
                    && EN_PREPOSITIONS_OF.contains(t.key(npStart - 1))) {
                int open = openingNounPhrase(ss, npStart);
                if (open > ss) {
                    npStart = ss; // "A new study documenting … in Australian school children has revealed"
                    npEnd = open;
                }
            }
            if (known == null) {
                int aff = phrases.affiliation(npStart, npEnd);
                if (aff > npStart) {
                    npEnd = aff; // "Lydia Buchtmann for Food Standards Australia", "Matthew Ingram of The Globe"
                }
            }
            if (npStart < npEnd) {
                int seen = phrases.seenBy(npStart);
                if (seen >= 0) {
                    att.source = ctx.resolve(seen, npEnd);
                    npEnd = seen - 2;
                    npStart = phrases.backNp(npEnd, ss);
                    while (npStart < npEnd && "by".equals(t.key(npStart))) {
                        npStart++;
                    }
                }
                speaker = npStart < npEnd ? phrases.documentOwner(npStart, npEnd) : null;
                if (speaker != null) {
                    note(speaker, npStart, npEnd);
                }
            }
        } else if (afterQuote) {
            int j = i + 1;
            if (j < se && t.isWord(j) && Words.PRONOUN.contains(t.key(j))) {
                pronoun = true;
            } else if (j < se && t.isWord(j)) {
                int e = j;
                while (e < se && e < j + 6 && t.isWord(e) && (ctx.isCapitalized(e) || e > j && "of".equals(t.key(e)))) {
                    e++;
                }
                if (e > j) {
                    speaker = ctx.resolve(j, e);
                    after = e;
                }
            }
        }
        att.speaker = speaker;
        if (speaker == null) {
            if (pronoun && p >= ss && "it".equals(t.key(p)) && lastSource != null && lastSpeaker == null) {
                att.speaker = lastSource;
            }
            fillSpeaker(att, i, ss, pronoun ? List.of() : atts);
        }
        if (cue == Words.Cue.TELL) {
            after = addressee(att, i + 1, se);
        } else if (!afterQuote && after + 1 < se && "to".equals(t.key(after)) && ctx.isCapitalized(after + 1)) {
            int e = addressee(att, after + 1, se); // "stated to LA Weekly that …": the outlet is the channel
            if (att.source != null) {
                after = e;
            }
        }
        if (att.source == null && !afterQuote) {
            att.source = publishedIn(ss, i); // "published in the Medical Journal of X, revealed", "site X"
        }
        if (!afterQuote && cue != Words.Cue.CHANT) {
            int c = after;
            while (c < se && t.isWord(c) && Words.SKIP.contains(t.key(c))) {
                c++;
            }
            if (c < se && cue == Words.Cue.TELL && !"that".equals(t.key(c))) {
                for (int k = c; k < se && k < c + 5 && t.isWord(k) && !inQuote(k); k++) {
                    if ("that".equals(t.key(k))) {
                        c = k; // "told the court that …": the addressee is not the claim
                        break;
                    }
                }
            }
            if (c < se && !t.isWord(c) && t.charAt(c) == ',' && !inQuote(c)) {
                for (int k = c + 1; k < se && k < c + 12 && !inQuote(k); k++) {
                    if (!t.isWord(k) && t.charAt(k) != ',') {
                        break;
                    }
                    if ("that".equals(t.key(k)) && !t.isWord(k - 1)) {
                        c = k; // "explains, in a satirical fashion, that …"
                        break;
                    }
                }
            }
            if (c < se && "that".equals(t.key(c))) {
                c++;
                if (c + 1 < se && !t.isWord(c) && t.charAt(c) == ',' && t.isWord(c + 1) && !inQuote(c + 1)) {
                    c++; // "said that, as the parents came from India, they …"
                }
            } else if (c < se && EN_PREPOSITIONS.contains(t.key(c))) {
                for (int k = c + 1; k < se && k < c + 8 && t.isWord(k); k++) {
                    if ("that".equals(t.key(k))) {
                        c = k + 1; // "said in a statement that …", "said on Monday that …"
                        break;
                    }
                }
            }
            boolean term = c + 1 < se && Words.NAME_NOUN.contains(t.key(c + 1)); // "adding the words …"
            boolean question = c < se && WH.contains(t.key(c)) && c > 0 && !"that".equals(t.key(c - 1))
                    && (c - 1 < 0 || t.isWord(c - 1) || t.charAt(c - 1) != ','); // "announces where the orbiters will go"
            if (c < se && t.isWord(c) && !inQuote(c) && !"to".equals(t.key(c)) && !"for".equals(t.key(c))
                    && cue != Words.Cue.DESCRIBE && !term && !question) {
                att.clauseStart = c;
            } else if (cue == Words.Cue.DESCRIBE && c < se && t.isWord(c)) {
                int as = c;
                while (as < se && !"as".equals(t.key(as))) {
                    as++;
                }
                if (as < se && !inQuote(as + 1)) {
                    att.clauseStart = c;
                }
            }
        }
        return att;
    }

    /**
     * "Almost half … are deficient, researchers say." / "…, said the minister.": a cue that ends its
     * sentence after a comma and a speaker reports the unquoted words before the comma.
     */
    private Attribution trailingEn(int i, Words.Cue cue, int ss, int se, List<Attribution> atts) {
        if (cue != Words.Cue.SAY && cue != Words.Cue.ADD || se - ss > 400) {
            return null;
        }
        int p = i - 1;
        while (p >= ss && t.isWord(p) && Words.SKIP.contains(t.key(p))) {
            p--;
        }
        if (p <= ss) {
            return null;
        }
        Attribution att = new Attribution(i, cue);
        int comma;
        boolean pronoun = false;
        if (!t.isWord(p) && t.charAt(p) == ',') {
            // "…, said X." : the speaker after the cue runs to the end of the sentence
            if (inQuote(p - 1)) {
                return null;
            }
            int e = i + 1;
            while (e < se && t.isWord(e) && !inQuote(e) && e < i + 8) {
                String key = t.key(e);
                if (Words.SKIP.contains(key) || Words.STOP.contains(key) && e > i + 1 || t.cue(e) != null) {
                    return null; // "Hugh Hill, a doctor, said the clinic would reopen": a clause, not a name
                }
                e++;
            }
            if (e == i + 1 || !onlyPunctuation(e, se)) {
                return null;
            }
            if (Words.PRONOUN.contains(t.key(i + 1)) && e == i + 2) {
                pronoun = true;
            } else {
                att.speaker = ctx.resolve(i + 1, e);
                if (att.speaker == null) {
                    return null;
                }
                note(att.speaker, i + 1, e);
            }
            comma = p;
        } else {
            if (!onlyPunctuation(skipSkips(i + 1, se), se)) {
                return null;
            }
            int npStart = phrases.backNp(p + 1, ss);
            if (npStart > p || npStart - 1 <= ss || t.isWord(npStart - 1) || t.charAt(npStart - 1) != ','
                    || inQuote(npStart - 2)) {
                return null;
            }
            if (npStart == p && Words.PRONOUN.contains(t.key(p))) {
                pronoun = true;
            } else {
                att.speaker = phrases.documentOwner(npStart, p + 1);
                if (att.speaker == null) {
                    return null;
                }
                note(att.speaker, npStart, p + 1);
            }
            comma = npStart - 1;
        }
        int words = 0;
        for (int j = ss; j < comma; j++) {
            if (inQuote(j) || t.isWord(j) && t.cue(j) != null) {
                return null; // a quotation before the cue, or another cue: the usual readings apply
            }
            if (t.isWord(j)) {
                words++;
            }
        }
        if (words < 3) {
            return null;
        }
        if (pronoun) {
            fillSpeaker(att, i, ss, List.of());
        }
        att.clauseStart = ss;
        att.clauseEnd = comma;
        return att;
    }

    /** Question words: a cue followed by one reports an indirect question, not a claim. */
    private static final Set<String> WH = Words.set("where", "what", "whether", "how", "why", "when", "who", "which");
    /** "X issued a statement …": X is the voice of the quotation that follows. */
    private static final Set<String> ISSUE = Words.set("issued", "released", "published", "put", "sent");

    /** Openers of the writer's inference after a comma: "ما يعني", "مما يعني", "which means". */
    private static final Set<String> INFERENCE = Words.set("ما", "مما", "وهو", "which");
    /** Contrastive openers before a subject: "غير أن X تقول", "إلا أن X قال". */
    private static final Set<String> CONTRAST_HEAD = Words.set("غير", "الا", "بيد", "لكن", "ولكن");

    private static final Set<String> EN_PREPOSITIONS_OF = Words.set("in", "of", "on", "at", "for", "with", "from",
            "about", "among");
    private static final Set<String> EN_ARTICLE = Words.set("a", "an", "the");
    private static final Set<String> PUBLISHED = Words.set("published", "posted", "printed", "appeared", "aired",
            "broadcast");
    private static final Set<String> PLACE_OF_POSTS = Words.set("site", "website", "board", "forum", "blog",
            "newsgroup", "page", "channel");

    /**
     * The sentence opens with an article and a noun phrase ("A new study documenting …"): its end (before
     * a participle or a stop word), or -1.
     */
    private int openingNounPhrase(int ss, int limit) {
        if (!t.isWord(ss) || !EN_ARTICLE.contains(t.key(ss))) {
            return -1;
        }
        int e = ss + 1;
        while (e < limit && t.isWord(e) && !inQuote(e) && !Words.STOP.contains(t.key(e)) && t.cue(e) == null
                && !(e > ss + 1 && (t.key(e).endsWith("ing") || t.key(e).endsWith("ed")))) {
            e++;
        }
        return e > ss + 1 && e < limit ? e : -1;
    }

    /**
     * The channel named as the place of a publication or a post in the subject before the cue: "published
     * in the Medical Journal of Australia", "the message board for the … site Operation Clambake".
     */
    private Mention publishedIn(int ss, int cueTok) {
        for (int k = ss; k < cueTok && k < ss + 40; k++) {
            if (!t.isWord(k) || inQuote(k)) {
                continue;
            }
            String key = t.key(k);
            int from = -1;
            if (PUBLISHED.contains(key) && k + 1 < cueTok && ("in".equals(t.key(k + 1)) || "on".equals(t.key(k + 1)))) {
                from = k + 2;
            } else if (PLACE_OF_POSTS.contains(key) && k + 1 < cueTok && ctx.isCapitalized(k + 1)) {
                from = k + 1;
            }
            if (from < 0) {
                continue;
            }
            if (from < cueTok && "the".equals(t.key(from))) {
                from++;
            }
            int e = from;
            while (e < cueTok && t.isWord(e) && (ctx.isCapitalized(e) || ("of".equals(t.key(e)) || "and".equals(t.key(e)))
                    && e + 1 < cueTok && ctx.isCapitalized(e + 1)) && !Words.isDay(t.key(e))) {
                e++;
            }
            if (e > from) {
                Mention m = ctx.resolve(from, e);
                if (m != null) {
                    return m.known() ? m : new Mention(m.text(), m.start(), m.end(), m.name(), PartyType.MEDIA, false);
                }
            }
        }
        return null;
    }

    /** "in the words of the Crown prosecutor, Mark Tedeschi, QC, "…"": the name speaks the quotation after it. */
    private Attribution inTheWordsOf(int i, int se) {
        if (!"words".equals(t.key(i)) || i < 2 || i + 2 >= se || !"the".equals(t.key(i - 1)) || !"in".equals(t.key(i - 2))
                || !"of".equals(t.key(i + 1))) {
            return null;
        }
        int e = i + 2;
        while (e < se && e < i + 16 && !inQuote(e) && !(t.isWord(e) && t.cue(e) != null)
                && (t.isWord(e) || t.charAt(e) == ',' || t.charAt(e) == '.')) {
            e++;
        }
        while (e > i + 2 && !t.isWord(e - 1)) {
            e--;
        }
        Mention speaker = null;
        int c = i + 2;
        for (int k = i + 2; k <= e && speaker == null; k++) {
            if (k == e || !t.isWord(k) && t.charAt(k) == ',') {
                if (k > c && phrases.isNameChunk(c, k)) {
                    speaker = ctx.resolve(c, k); // the name among the comma-set chunks
                }
                c = k + 1;
            }
        }
        if (speaker == null && e > i + 2) {
            speaker = ctx.resolve(i + 2, e);
        }
        if (speaker == null) {
            return null;
        }
        Attribution att = new Attribution(i, Words.Cue.SAY);
        att.speaker = speaker;
        return att;
    }

    private int skipSkips(int j, int se) {
        while (j < se && t.isWord(j) && (Words.SKIP.contains(t.key(j)) || Words.isDay(t.key(j)))) {
            j++;
        }
        return j;
    }

    /** Tokens [j, se) are punctuation only (the sentence's closing stop). */
    private boolean onlyPunctuation(int j, int se) {
        for (int k = j; k < se; k++) {
            if (t.isWord(k) || inQuote(k)) {
                return false;
            }
        }
        return true;
    }











    /** "told CBC News the department…": the addressee; a news outlet becomes the channel. */
    private int addressee(Attribution att, int j, int se) {
        if (j >= se || !t.isWord(j)) {
            return j;
        }
        LexiconMatcher.Match m = ctx.registryAt(j, se);
        if (m != null) {
            Mention to = ctx.mentionOf(m);
            if (CHANNEL_TYPES.contains(to.type())) {
                att.source = to;
                note(to, j, m.to());
            }
            return m.to();
        }
        int e = j;
        while (e < se && ctx.isCapitalized(e)) {
            e++;
        }
        if (e > j) {
            Mention to = ctx.resolve(j, e);
            if (to != null && phrases.isOutletName(j, e)) {
                att.source = new Mention(to.text(), to.start(), to.end(), to.name(), PartyType.MEDIA, false);
            }
            return e;
        }
        String k = t.key(j);
        return Words.STOP.contains(k) || "him".equals(k) || "her".equals(k) || "reporters".equals(k)
                || "journalists".equals(k) || "them".equals(k) ? j + 1 : j;
    }


    private Attribution according(int i, int ss, int se, List<Attribution> atts) {
        int j = i + 1;
        String k = t.key(i);
        if ("according".equals(k)) {
            j = i + 2;
        } else {
            String n = j < se ? t.key(j) : null;
            if ("ما".equals(n) || "لما".equals(n)) {
                j += 2;
            } else if (k.endsWith("ما") && n != null && t.cue(j) != null) {
                j++;
            }
            n = j < se ? t.key(j) : null;
            if (n != null && (Words.SAYING.contains(n) || n.startsWith("تعبير") || n.startsWith("روايت")
                    || n.equals("وصفه") || n.equals("قوله"))) {
                return null; // "حسب قوله": confirms the one speaking
            }
            if ("وصف".equals(n) || "تعبير".equals(n)) {
                j++;
            }
        }
        int e = scanParty(j, se);
        if (ctx.isLatin() && !(e < se && !t.isWord(e) && t.charAt(e) == ',')) {
            int cap = capitalisedParty(j, se); // no comma after the party: its capitalised name ends it
            if (cap > j) {
                e = cap;
            }
        }
        if (e <= j) {
            return null;
        }
        Mention party = null;
        if (ctx.isLatin()) {
            for (int c = j + 1; c < e; c++) {
                String key = t.key(c);
                if (key != null && !ctx.isCapitalized(c) && ("by".equals(key) || key.endsWith("ed") || "made".equals(key)
                        || "written".equals(key) || "seen".equals(key) || "sent".equals(key))) {
                    party = ctx.resolve(j, c); // "an Internet posting made just over 24 hours ago": the posting
                    if (party != null) {
                        int comma = e;
                        while (comma < se && comma < e + 8 && t.isWord(comma) && !inQuote(comma)) {
                            comma++;
                        }
                        if (comma < se && !t.isWord(comma) && t.charAt(comma) == ',') {
                            e = comma; // "… made late on Friday, the coach …": the clause starts after the comma
                        }
                    }
                    break;
                }
            }
        }
        if (party == null) {
            party = ctx.resolve(j, e);
        }
        if (party == null) {
            return null;
        }
        note(party, j, e);
        Mention channel = CHANNEL_TYPES.contains(party.type()) ? party : null;
        if (e < se && t.isWord(e) && Words.STATEMENT.contains(t.key(e))) {
            channel = statementOf(party, e);
        }
        // "According to X, …" opening the sentence, or "has learned that according to X, …"
        boolean leading = atts.isEmpty() && (i - ss <= 2 || i > ss && Words.COMPLEMENT.contains(t.key(i - 1)));
        return accordingAttribution(i, ss, se, atts, e, party, channel, leading);
    }

    /**
     * "According to the Saudi Interior Ministry over 345 pilgrims …" (no comma): the party is a
     * capitalised name (with of/and/for inside) right after "to" and "the"; -1 when none.
     */
    private int capitalisedParty(int j, int se) {
        int k = j;
        if (k < se && t.isWord(k) && ("the".equals(t.key(k)) || "a".equals(t.key(k)))) {
            k++;
        }
        int from = k;
        while (k < se && t.isWord(k) && !inQuote(k) && (ctx.isCapitalized(k)
                || ("of".equals(t.key(k)) || "and".equals(t.key(k)) || "for".equals(t.key(k)))
                && k + 1 < se && ctx.isCapitalized(k + 1))) {
            k++;
        }
        if (k == from || k >= se || !t.isWord(k) || ctx.isCapitalized(k)) {
            return -1; // a comma or the sentence end follows: the general scan reads it
        }
        return k;
    }

    private int scanParty(int j, int se) {
        int e = j;
        while (e < se && e < j + 10 && !inQuote(e)) {
            String key = t.key(e);
            if (key == null) {
                char c = t.charAt(e);
                if (c == ',' || c == '\u060C' || isSentenceEnd(c) && !insideAbbreviation(e, se) || c == ':'
                        || c == '\u2013' || c == '\u2014') {
                    break; // "بحسب "سي.إن.إن"،": the dots inside a name do not end it
                }
            } else if (e > j && !gluedToDot(e) && (Words.STOP.contains(key) || t.cue(e) != null
                    || Words.STATEMENT.contains(key) || Words.COMPLEMENT.contains(key))) {
                break;
            }
            e++;
        }
        return e;
    }

    /** A word glued to a dot before it ("سي.إن.إن", "U.S."): a letter group of a dotted name. */
    private boolean gluedToDot(int e) {
        return e > 0 && !t.isWord(e - 1) && t.charAt(e - 1) == '.' && t.start(e) == t.end(e - 1);
    }

    private Attribution accordingAttribution(int i, int ss, int se, List<Attribution> atts, int e, Mention party,
            Mention channel, boolean leading) {
        if (!leading) {
            boolean applied = false;
            for (Attribution o : atts) {
                if (o.cue != Words.Cue.ACCORDING) {
                    applied = true;
                    if (o.source == null) {
                        o.source = channel;
                    }
                }
            }
            if (applied) {
                Attribution mark = new Attribution(i, Words.Cue.ACCORDING);
                mark.channelOnly = true; // kept so that the clauses before it end here
                return mark;
            }
            Attribution att = new Attribution(i, Words.Cue.ACCORDING);
            att.speaker = party;
            att.source = channel;
            att.clauseStart = ss;
            int end = i;
            while (end > ss && !t.isWord(end - 1)) {
                end--;
            }
            att.clauseEnd = end;
            return att;
        }
        Attribution att = new Attribution(i, Words.Cue.ACCORDING);
        att.speaker = party;
        att.source = channel;
        int c = e < se && t.isWord(e) && Words.STATEMENT.contains(t.key(e)) ? e + 1 : e; // "according to a memo,"
        while (c < se && !t.isWord(c) && !inQuote(c)) {
            c++;
        }
        if (c < se && t.cue(c) == Words.Cue.RELAY) {
            int ye = c + 1;
            while (ye < se && ye < c + 14 && (t.isWord(ye) || t.charAt(ye) == '(' || t.charAt(ye) == ')')) {
                ye++;
            }
            Mention spoke = ctx.resolve(c + 1, ye);
            if (spoke != null) {
                note(spoke, c + 1, ye);
                att.source = party;
                att.speaker = spoke;
            }
            consumedUntil = ye;
            c = ye;
            while (c < se && !t.isWord(c) && !inQuote(c)) {
                c++;
            }
        }
        if (c < se && ("فان".equals(t.key(c)) || "ان".equals(t.key(c)))) {
            c++;
        }
        att.clauseStart = c;
        return att;
    }

    /** "وفقا لما ذكرته الولايات المتحدة إفادة": the party's statement as the channel. */
    private Mention statementOf(Mention party, int tok) {
        String name = party.name() + " statement";
        Mention m = ctx.lexicon.lookup(name).map(en -> new Mention(text.substring(t.start(tok), t.end(tok)),
                t.start(tok), t.end(tok), en.name(), en.type(), true)).orElse(null);
        return m != null ? m : new Mention(text.substring(t.start(tok), t.end(tok)), t.start(tok), t.end(tok), name,
                PartyType.STATEMENT, false);
    }

    private Attribution relay(int i, int ss, int se, List<Attribution> atts) {
        Attribution att = new Attribution(i, Words.Cue.RELAY);
        if (ctx.isLatin()) {
            int p = i - 1;
            Mention channel = null;
            if (p >= ss && t.isWord(p) && Words.PRONOUN.contains(t.key(p))) {
                channel = ctx.lastOfType(i, CHANNEL_TYPES);
            } else if (p >= ss) {
                int s = phrases.backNp(p + 1, ss);
                channel = s <= p ? ctx.resolve(s, p + 1) : null;
            }
            att.source = channel;
            if (channel != null && channel.start() >= 0) {
                note(channel, t.indexAt(channel.start()), t.indexAt(channel.end()));
            }
            int e = i + 1;
            while (e < se && e < i + 10 && t.isWord(e) && !Words.STOP.contains(t.key(e))) {
                e++;
            }
            att.speaker = e > i + 1 ? ctx.resolve(i + 1, e) : null;
            if (att.speaker == null) {
                fillSpeaker(att, i, ss, atts);
            }
            return att;
        }
        int an = i + 1;
        while (an < se && !"عن".equals(t.key(an))) {
            an++;
        }
        Mention channel = an > i + 1 ? ctx.resolve(i + 1, an) : null;
        if (channel != null) {
            note(channel, i + 1, an);
        }
        int ye = an + 1;
        while (ye < se && ye < an + 12 && !inQuote(ye) && t.key(ye) != null && !Words.SAYING.contains(t.key(ye))
                && !Words.COMPLEMENT.contains(t.key(ye))) {
            ye++;
        }
        Mention spoke = ye > an + 1 ? ctx.resolve(an + 1, ye) : null;
        if (spoke != null) {
            note(spoke, an + 1, ye);
        }
        if (channel == null && !atts.isEmpty()) {
            Attribution prev = atts.get(atts.size() - 1);
            if (spoke != null) {
                if (prev.source == null && prev.speaker != null) {
                    prev.source = prev.speaker;
                }
                prev.speaker = spoke;
                prev.inferred = false;
            }
            return null;
        }
        att.speaker = spoke;
        att.source = channel;
        if (spoke == null) {
            fillSpeaker(att, i, ss, atts);
        }
        int c = ye;
        while (c < se && (!t.isWord(c) && !inQuote(c) || t.isWord(c) && (Words.SAYING.contains(t.key(c))
                || Words.SKIP.contains(t.key(c))))) {
            c++;
        }
        if (c < se && t.isWord(c) && Words.COMPLEMENT.contains(t.key(c))) {
            att.clauseStart = c + 1;
        }
        return att;
    }

    private Attribution standsIn(int i, int se) {
        Attribution att = new Attribution(i, Words.Cue.STANDS_IN);
        int e = i + 2;
        while (e < se && e < i + 12 && t.isWord(e) && !Words.COMPLEMENT.contains(t.key(e))) {
            e++;
        }
        att.speaker = e > i + 2 ? ctx.resolve(i + 2, e) : null;
        if (att.speaker == null) {
            Mention owner = ctx.lastOfType(i, EnumSet.of(PartyType.ORGANISATION));
            if (owner == null) {
                owner = ctx.lastOfType(i, EnumSet.of(PartyType.GOVERNMENT));
            }
            att.speaker = owner;
            att.inferred = owner != null;
        }
        return att;
    }

    /** No name at the cue: the subject earlier in the sentence, the cue before it, or the one speaking. */
    private void fillSpeaker(Attribution att, int i, int ss, List<Attribution> atts) {
        if (att.speaker != null) {
            att.inferred = true;
            return;
        }
        if (att.cue == Words.Cue.CHANT) {
            ctx.lexicon.firstOfType(PartyType.CROWD).ifPresent(e ->
                    att.speaker = new Mention("", -1, -1, e.name(), e.type(), true));
            if (att.speaker != null) {
                return;
            }
        }
        Attribution prev = null;
        for (Attribution a : atts) {
            if (!a.channelOnly && a.speaker != null) {
                prev = a;
            }
        }
        if (prev != null) {
            att.speaker = prev.speaker;
            att.source = prev.source;
            att.inferred = prev.inferred;
            return;
        }
        Mention subject = null;
        if (!ctx.isLatin() && Words.PARTICIPLE.contains(ArticleContext.stripConj(t.key(i)))) {
            subject = groupSubject(ss, i); // "وتداول نشطاء على مواقع التواصل …، لافتين إلى أنه"
            int k = ss;
            while (k < i && (!t.isWord(k) || CONTRAST_HEAD.contains(t.key(k)))) {
                k++;
            }
            if (subject == null && k < i && k <= ss + 2 && Words.TITLE.contains(ArticleContext.norm(t.key(k)))) {
                subject = titledNameBefore(k, i); // "لكن وزير التجارة X قلل من …، قائلا إن": the titled subject
            }
        }
        if (subject == null) {
            subject = firstParty(ss, i);
        }
        if (subject == null && !ctx.isLatin()) {
            subject = titledNameBefore(ss, i); // "تقديم رئيس الوزراء X لوثائق، قال إنها"
        }
        if (subject != null) {
            att.speaker = subject;
            att.inferred = true;
            return;
        }
        carryOver(att);
    }

    private void carryOver(Attribution att) {
        if (lastSubjectPerson != null && lastSubjectPersonTok > lastClaimTok
                && (lastSubjectMatch == null || lastSubjectPersonTok > lastSubjectTok)) {
            att.speaker = lastSubjectPerson; // "Rathbun requested donations …. He described Montalvo as …"
        } else if (lastSubjectMatch != null && lastSubjectTok > lastClaimTok) {
            att.speaker = ctx.mentionOf(lastSubjectMatch);
        } else {
            att.speaker = lastSpeaker;
            if (att.source == null && att.cue == Words.Cue.ADD) {
                att.source = lastSource; // "وأضاف"/"it added" continues the same report
            }
        }
        att.inferred = att.speaker != null;
    }

    /**
     * "وأضاف أن تيار المستقبل انتصر. وأنه كان يراهن على …": a sentence without a cue that opens with a
     * complement ("وأنه", "كما أن") right after a sentence whose claim it continues reports for the same
     * speaker.
     */
    private void continuedClause(int ss, int se) {
        if (lastSpeaker == null || prevSentenceStart < paraFrom || lastClaimTok < prevSentenceStart || lastClaimTok >= ss) {
            return;
        }
        int k = ss;
        while (k < se && !t.isWord(k)) {
            k++;
        }
        if (k >= se || inQuote(k)) {
            return;
        }
        String key = t.key(k);
        int c;
        if (key.startsWith("وان") && Words.COMPLEMENT.contains(key.substring(1))) {
            c = k + 1;
        } else if ("كما".equals(key) && k + 1 < se && Words.COMPLEMENT.contains(t.key(k + 1))) {
            c = k + 2;
        } else {
            return;
        }
        Attribution att = new Attribution(k, Words.Cue.SAY);
        att.speaker = lastSpeaker;
        att.source = lastSource;
        att.inferred = true;
        att.clauseStart = c;
        att.clauseEnd = se;
        reported(att);
    }

    /** A title and the unregistered name after it earlier in the sentence, outside quotations; or null. */
    private Mention titledNameBefore(int ss, int i) {
        for (int k = ss; k < i && k < ss + 40; k++) {
            if (!t.isWord(k) || inQuote(k) || !Words.TITLE.contains(ArticleContext.norm(t.key(k)))) {
                continue;
            }
            int e = k + 1;
            while (e < i && e < k + 8 && t.isWord(e) && !inQuote(e) && !Words.STOP.contains(t.key(e))
                    && t.cue(e) == null) {
                e++;
            }
            Mention m = ctx.resolve(k, e);
            if (m != null && m.type() == PartyType.PERSON && !m.known() && m.name().indexOf(' ') > 0) {
                return m;
            }
            return null;
        }
        return null;
    }

    /** Verb-subject order: the group noun phrase right after the sentence's first word ("وتداول نشطاء …"). */
    private Mention groupSubject(int ss, int i) {
        int a = ss + 1;
        if (a >= i || !t.isWord(ss) || !t.isWord(a) || inQuote(a) || !ArticleContext.isOrgHead(t.key(a))) {
            return null;
        }
        int e = a + 1;
        while (e < i && e < a + 5 && t.isWord(e) && !inQuote(e) && !Words.STOP.contains(t.key(e))
                && t.cue(e) == null) {
            e++;
        }
        Mention m = ctx.resolve(a, e);
        return m != null ? m : ctx.organisationPhrase(a, e); // "المحكمة العليا"
    }

    /** The first registry party in tokens [a, b) outside quotations. */
    private Mention firstParty(int a, int b) {
        for (int i = Math.max(a, b - 80); i < b; i++) {
            if (inQuote(i) || !t.isWord(i)) {
                continue;
            }
            LexiconMatcher.Match m = ctx.registryAt(i, b);
            if (m != null) {
                if (ctx.isLatin() && m.alias().entry().type() == PartyType.ANONYMOUS && m.from() > a
                        && ctx.isCapitalized(m.from() - 1)) {
                    Mention qualified = ctx.resolve(m.from() - 1, m.to()); // "Scientology officials … they claimed"
                    if (qualified != null) {
                        return qualified;
                    }
                }
                return ctx.mentionOf(m);
            }
        }
        return null;
    }

    private void note(Mention m, int from, int to) {
        ctx.note(m, from, to);
    }

    /**
     * "صحيفة إسرائيل هايوم اليمينية عنونت …، وقالت الصحيفة": a newspaper or agency named by its noun before
     * the sentence's first cue is the one a later "الصحيفة"/"الوكالة" means, even if it spoke through no cue.
     */
    private void noteOutlets(int ss, int se) {
        for (int i = ss; i < se && i < ss + 60; i++) {
            if (!t.isWord(i) || inQuote(i)) {
                continue;
            }
            if (t.cue(i) != null) {
                return;
            }
            String k = ArticleContext.norm(t.key(i));
            if (!"صحيفه".equals(k) && !"وكاله".equals(k) && !"وصحيفه".equals(k)) {
                continue;
            }
            int j = i + 1;
            while (j < se && j - i <= 4 && t.isWord(j) && !inQuote(j) && !Words.STOP.contains(t.key(j))
                    && t.cue(j) == null
                    && !(j > i + 1 && t.key(j).startsWith("ال") && !t.key(j - 1).startsWith("ال"))) {
                j++;
            }
            if (j > i + 1 && ctx.registryAt(i, j) == null) {
                Mention m = ctx.resolve(i, j);
                if (m != null) {
                    note(m, i, j);
                }
            }
            i = j - 1;
        }
    }

    /** Registry parties named outside quotations and claims become the subject "وقال"/"he said" may continue. */
    private void noteMentions(int ss, int se, List<Attribution> atts) {
        if (ctx.isLatin() && atts.isEmpty()) {
            noteSubjectPerson(ss, se);
        }
        for (int i = ss; i < se; i++) {
            if (inQuote(i) || !t.isWord(i)) {
                continue;
            }
            LexiconMatcher.Match m = ctx.registryAt(i, se);
            if (m == null) {
                continue;
            }
            ctx.note(m);
            if (atts.isEmpty() && SUBJECT_TYPES.contains(m.alias().entry().type()) && i > lastClaimTok) {
                lastSubjectMatch = m;
                lastSubjectTok = i;
            }
            i = m.to() - 1;
        }
    }

    /**
     * English: a sentence without a cue that opens with the name of someone who has spoken before and a
     * verb ("Rathbun requested donations …") makes that person the one a later "He …" continues.
     */
    private void noteSubjectPerson(int ss, int se) {
        int k = ss;
        while (k < se && !t.isWord(k)) {
            k++;
        }
        Mention issuer = statementIssuer(k, se);
        if (issuer != null) {
            lastSubjectPerson = issuer; // "Senator John Cornyn, …, issued a statement …. "Like many Texans, …""
            lastSubjectPersonTok = k;
            return;
        }
        int e = k;
        while (e < se && e < k + 3 && ctx.isCapitalized(e) && !inQuote(e)) {
            e++;
        }
        if (e == k || e >= se || !t.isWord(e) || ctx.isCapitalized(e) || Words.STOP.contains(t.key(e))
                || t.key(e - 1).endsWith("'s")) {
            return;
        }
        String last = t.key(e - 1);
        if (!spokeBefore.contains(last)) {
            return;
        }
        Mention m = ctx.resolve(k, e);
        if (m != null && m.type() == PartyType.PERSON && !m.known()) {
            lastSubjectPerson = m;
            lastSubjectPersonTok = k;
        }
    }

    /** "Title Name, apposition, issued a statement …" opening the sentence: the named person, else null. */
    private Mention statementIssuer(int k, int se) {
        for (int v = k + 1; v + 2 < se && v < k + 16; v++) {
            if (!t.isWord(v) || inQuote(v) || !ISSUE.contains(t.key(v))) {
                continue;
            }
            int s = v + 1;
            if (s < se && ("a".equals(t.key(s)) || "an".equals(t.key(s)) || "the".equals(t.key(s)))) {
                s++;
            }
            if (s >= se || !Words.STATEMENT.contains(t.key(s))) {
                return null;
            }
            int end = v;
            while (end > k && !t.isWord(end - 1)) {
                end--;
            }
            int named = !t.isWord(v - 1) && t.charAt(v - 1) == ',' ? phrases.nameChunkBefore(v - 1, k) : -1;
            Mention m = named > 0 ? ctx.resolve(k, named) : ctx.resolve(k, end);
            return m != null && m.type() == PartyType.PERSON ? m : null;
        }
        return null;
    }

    // ---- claims -------------------------------------------------------------------------------

    private void direct(Quote q, int qa, int ss, int se, List<Attribution> atts) {
        int qb = q.close() < 0 ? se : t.indexAt(q.close());
        Attribution att = cueFor(atts, qa, qb);
        Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
        flags.addAll(q.flags());
        Mention speaker;
        Mention source;
        String cue = null;
        boolean inferred;
        int words = terms.wordsIn(q.start(), q.end());
        if (words <= 3 && att != null && detached(att, qa, qb)) {
            att = null; // "اصطحبها إلى «سوق العبيد»، …، وقالت سامنثا «…»": a term far from the cue is not its words
            flags.add(ClaimFlag.SCARE_QUOTE);
            speaker = null;
            source = null;
            inferred = false;
        } else if (terms.strayOpening(q) || terms.namedByNamingVerb(qa, att == null ? ss : Math.min(att.cueTok, qa), words)
                || words <= 2 && terms.nameAfterOrganisation(qa)
                || att == null && terms.creditTitle(q, segmentOf(q))) {
            flags.add(ClaimFlag.SCARE_QUOTE); // a stray mark, a name or a title: not a claim
            if (att != null && att.speaker != null && !att.inferred) {
                lastSpeaker = att.speaker; // "Matthew Ingram dubbed it «…». He characterized …": still the voice
                lastSource = att.source;
            }
            att = null;
            speaker = null;
            source = null;
            inferred = false;
        } else if (terms.afterSinging(qa, this::inQuote)) {
            flags.add(ClaimFlag.SCARE_QUOTE); // "مغنيا: «…»", "he sang '…'": lyrics are performed, not stated
            speaker = null;
            source = null;
            inferred = false;
        } else if (words <= 2 && terms.afterDemonstrative(qa)) {
            flags.add(ClaimFlag.SCARE_QUOTE); // "هذه «الخلوة»", "this 'reform'": the term is mentioned, not said
            speaker = null;
            source = null;
            inferred = false;
        } else if (att != null) {
            speaker = att.speaker;
            source = att.source;
            inferred = att.inferred;
            cue = cueText(att.cueTok);
        } else if (qa == paraFrom && (speaker = creditAfter(q)) != null) {
            source = null; // "“…” - Matthew Ingram", "“…” Anonymous blogger, “Title”": the credit line names it
            inferred = false;
        } else if (q.continues() && prevQuoteSpeaker != null) {
            speaker = prevQuoteSpeaker;
            source = prevQuoteSource;
            inferred = false;
        } else if (prevQuoteSpeaker != null && prevQuoteSegment == q.segment() && startsSentence(qa, ss)) {
            speaker = prevQuoteSpeaker; // "«…,» Smith added. «We will rebuild.»": the same voice goes on
            source = prevQuoteSource;
            inferred = true;
        } else if ((words <= 3 || q.single()) && sentenceQuote != null && sentenceQuoteStart >= t.start(ss)) {
            speaker = sentenceQuote.speaker();
            source = sentenceQuote.source();
            inferred = sentenceQuote.flags().contains(ClaimFlag.INFERRED_SPEAKER);
        } else if (words <= 3 || q.single()) {
            flags.add(ClaimFlag.SCARE_QUOTE);
            speaker = null;
            source = null;
            inferred = false;
        } else if (prevEndsWithColon && qa == paraFrom && lastSpeaker != null) {
            speaker = lastSpeaker;
            source = lastSource;
            inferred = false;
        } else {
            speaker = firstParty(ss, se);
            source = null;
            inferred = true;
            if (speaker == null) {
                Attribution carried = new Attribution(qa, Words.Cue.SAY);
                carryOver(carried);
                speaker = carried.speaker;
                source = carried.source;
            }
        }
        ClaimCandidate c = claim(ClaimKind.DIRECT, q.start(), q.end(), cue, speaker, source, inferred, flags,
                t.indexAt(q.start()));
        if (!flags.contains(ClaimFlag.SCARE_QUOTE)) {
            prevQuoteSpeaker = speaker;
            prevQuoteSource = source;
            prevQuoteSegment = q.segment();
            sentenceQuote = c;
            sentenceQuoteStart = c.start();
        }
        out.add(c);
    }

    /**
     * A short quotation the cue does not introduce: the cue comes more than a few tokens after it
     * ("…«سوق العبيد»، وجدت سعاد، وقالت سامنثا", a trailing "…، كما أعلن المنظمون"), so the words are a
     * term of the narration, not the speaker's. (A cue before it may frame it: وصفها بأنها «تصادمية».)
     */
    private Segment segmentOf(Quote q) {
        Segment seg = q.segment() < segments.size() ? segments.get(q.segment()) : null;
        if (seg != null && seg.index() == q.segment()) {
            return seg;
        }
        for (Segment s : segments) {
            if (s.index() == q.segment()) {
                return s;
            }
        }
        return new Segment(q.segment(), q.open(), q.open(), SegmentKind.BODY);
    }

    /**
     * A quotation opening its paragraph and followed by a credit: an optional dash and a short capitalised
     * name that ends the paragraph or is followed by a comma and the quoted title of the piece.
     */
    private Mention creditAfter(Quote q) {
        if (q.close() < 0 || !ctx.isLatin()) {
            return null;
        }
        int pe = t.indexAt(segmentOf(q).end());
        int k = t.indexAt(q.close()) + 1;
        while (k < pe && !t.isWord(k) && !inQuote(k) && "-\u2013\u2014".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        if (k >= pe || !t.isWord(k) || inQuote(k) || !ctx.isCapitalized(k)) {
            return null;
        }
        int e = k;
        while (e < pe && e < k + 5 && t.isWord(e) && !inQuote(e) && !Words.STOP.contains(t.key(e)) && t.cue(e) == null) {
            e++;
        }
        boolean ends = e >= pe || !t.isWord(e) && t.charAt(e) == ',' && e + 1 < pe && inQuote(e + 1);
        return ends ? ctx.resolve(k, e) : null;
    }

    private boolean detached(Attribution att, int qa, int qb) {
        return att.cueTok > qb && att.cueTok - qb - 1 > 4;
    }

    /**
     * The cue a quotation belongs to: the nearest one before it in the sentence, else the first one
     * after it ("…," said X), else any. Cues come in text order, so the search is a bisection.
     */
    private static Attribution cueFor(List<Attribution> atts, int qa, int qb) {
        int lo = 0;
        int hi = atts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (atts.get(mid).cueTok < qa) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= 0 && k >= lo - 4; k--) {
            Attribution a = atts.get(k);
            if (!a.channelOnly && (a.cue != Words.Cue.ACCORDING || a.clauseStart < 0 || a.clauseStart <= qa)) {
                return a;
            }
        }
        for (int k = lo; k < atts.size() && k < lo + 4; k++) {
            Attribution a = atts.get(k);
            if (!a.channelOnly && a.cueTok > qb && a.cue != Words.Cue.ACCORDING) {
                return a;
            }
        }
        for (int k = 0; k < atts.size() && k < 4; k++) {
            if (!atts.get(k).channelOnly) {
                return atts.get(k);
            }
        }
        return null;
    }





    private boolean startsSentence(int qa, int ss) {
        for (int i = ss; i < qa; i++) {
            if (t.isWord(i)) {
                return false;
            }
        }
        return true;
    }


    private void reported(Attribution att) {
        int a = att.clauseStart;
        int b = att.clauseEnd;
        for (int k = a + 1; k + 1 < b; k++) {
            if (!t.isWord(k) && !inQuote(k) && (t.charAt(k) == '\u060C' || t.charAt(k) == ',') && t.isWord(k + 1)
                    && INFERENCE.contains(t.key(k + 1))) {
                b = k; // "…، ما يعني أن …", "…, which means …": the writer's inference ends the claim
                break;
            }
        }
        while (a < b && !t.isWord(a) && !inQuote(a)) {
            a++;
        }
        while (b > a && !t.isWord(b - 1) && !inQuote(b - 1)) {
            b--;
        }
        if (b - a < 2) {
            return;
        }
        int words = 0;
        int quotedWords = 0;
        for (int i = a; i < b; i++) {
            if (t.isWord(i)) {
                if (inQuote(i)) {
                    quotedWords++;
                } else {
                    words++;
                }
            }
        }
        int quotedChars = 0;
        int unquotedChars = 0;
        for (int i = a; i < b; i++) {
            int len = i + 1 < b ? t.start(i + 1) - t.start(i) : t.end(i) - t.start(i);
            if (inQuote(i)) {
                quotedChars += len;
            } else {
                unquotedChars += len;
            }
        }
        if (words < 3 || quotedWords > 0 && (words < 4 || quotedChars >= unquotedChars)) {
            return;
        }
        int s = t.start(a);
        int e = t.end(b - 1);
        Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
        out.add(claim(ClaimKind.REPORTED, s, e, cueText(att.cueTok), att.speaker, att.source, att.inferred, flags, a));
    }

    private ClaimCandidate claim(ClaimKind kind, int s, int e, String cue, Mention speaker, Mention source,
                                 boolean inferred, Set<ClaimFlag> flags, int tok) {
        speaker = placedIn(speaker, s);
        source = placedIn(source, s);
        if (speaker == null) {
            flags.add(ClaimFlag.NO_SPEAKER);
        } else {
            if (inferred) {
                flags.add(ClaimFlag.INFERRED_SPEAKER);
            }
            if (speaker.type() == PartyType.ANONYMOUS) {
                flags.add(ClaimFlag.ANONYMOUS_SPEAKER);
            }
        }
        if (isStateMedia(source) || source == null && isStateMedia(speaker)) {
            flags.add(ClaimFlag.STATE_MEDIA_SOURCE);
        }
        double confidence = speaker == null ? 0.2 : inferred ? 0.6 : 0.85;
        if (speaker != null && speaker.known()) {
            confidence += 0.1;
        }
        if (flags.contains(ClaimFlag.SCARE_QUOTE)) {
            confidence = 0.25;
        }
        if (flags.contains(ClaimFlag.UNBALANCED_QUOTES)) {
            confidence -= 0.15;
        }
        if (!flags.contains(ClaimFlag.SCARE_QUOTE) && speaker != null) {
            lastSpeaker = speaker;
            lastSource = source;
            lastClaimTok = Math.max(lastClaimTok, tok);
            String name = speaker.name();
            spokeBefore.add(TextKey.of(name.substring(name.lastIndexOf(' ') + 1)));
        }
        return new ClaimCandidate(kind, s, e, text.substring(s, e), cue, segmentOf(s), speaker, source, flags,
                Math.max(0.05, Math.min(1.0, confidence)));
    }

    /**
     * A party carried over from an earlier paragraph is not named at this claim: its mention keeps the
     * name and drops the offsets (-1), as {@link Mention} documents.
     */
    private Mention placedIn(Mention m, int claimStart) {
        if (m == null || m.start() < 0) {
            return m;
        }
        Segment paragraph = segments.get(segmentOf(claimStart));
        return m.start() >= paragraph.start() && m.end() <= paragraph.end() ? m
                : new Mention("", -1, -1, m.name(), m.type(), m.known());
    }

    private boolean isStateMedia(Mention m) {
        Lexicon.Entry e = m != null && m.known() ? ctx.lexicon.byCanonicalName(m.name()) : null;
        return e != null && e.stateMedia();
    }

    private int segmentOf(int offset) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return segments.isEmpty() ? 0 : segments.get(lo).index();
    }

    private String cueText(int tok) {
        return text.substring(t.start(tok), t.end(tok));
    }


    // ---- headlines ----------------------------------------------------------------------------

    /**
     * A headline's quotation takes the speaker of the body quotation it repeats; otherwise it is
     * flagged. "بوتين …: واشنطن تتحمل…" (a name, then a colon) reports the words after the colon.
     */
    private void headline(Segment seg, List<ClaimCandidate> body) {
        for (Quote q : paraQuotes) {
            if (terms.isNameInQuotes(q, t.indexAt(q.open()))) {
                continue;
            }
            String key = TextKey.of(trimEllipsis(text.substring(q.start(), q.end())));
            ClaimCandidate same = null;
            for (ClaimCandidate c : body) {
                if (c.kind() == ClaimKind.DIRECT && !c.flags().contains(ClaimFlag.SCARE_QUOTE)
                        && TextKey.of(c.quote()).contains(key)) {
                    same = c;
                    break;
                }
            }
            Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
            flags.addAll(q.flags());
            if (same != null) {
                out.add(claimQuiet(ClaimKind.DIRECT, q.start(), q.end(), same.cue(), same.speaker(), same.source(),
                        flags, same.confidence() - 0.1));
            } else {
                flags.add(ClaimFlag.SCARE_QUOTE);
                flags.add(ClaimFlag.NO_SPEAKER);
                out.add(claimQuiet(ClaimKind.DIRECT, q.start(), q.end(), null, null, null, flags, 0.25));
            }
        }
        int a = t.indexAt(seg.start());
        int b = t.indexAt(seg.end());
        if (ctx.isLatin() && paraQuotes.isEmpty()) {
            headlineCue(seg, a, b);
        }
        for (int i = a; i < b; i++) {
            if (!t.isWord(i) && t.charAt(i) == ':' && !insideAny(t.start(i))) {
                LexiconMatcher.Match m = ctx.registryAt(a, i);
                if (i + 1 >= b) {
                    return;
                }
                Mention speaker;
                Mention source = null;
                if (m != null && m.from() == a) {
                    speaker = ctx.mentionOf(m);
                    source = headlineOutlet(m.to(), i); // "مسؤول بـ"الجهاد" لـCNN: …": told CNN
                } else if (!ctx.isLatin() && headlineParty(a, i)) {
                    // "الخارجية السعودية: …" (the ministry, not the country), "استطلاع رأي الشباب العربي: …"
                    speaker = ctx.organisationPhrase(a, i);
                    if (speaker == null) {
                        speaker = ctx.resolve(a, i);
                    }
                } else {
                    return;
                }
                if (speaker == null) {
                    return;
                }
                int s = t.start(i + 1);
                while (s < seg.end() && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                int e = seg.end();
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(claimQuiet(ClaimKind.REPORTED, s, e, ":", speaker, source,
                            EnumSet.noneOf(ClaimFlag.class), 0.7));
                }
                return;
            }
        }
    }

    /** A quotation cut short for a headline: "تعرضت للاستغلال …" without its "..." / "…". */
    private static String trimEllipsis(String q) {
        int e = q.length();
        while (e > 0 && (q.charAt(e - 1) == '.' || q.charAt(e - 1) == '\u2026' || Character.isWhitespace(q.charAt(e - 1)))) {
            e--;
        }
        return e > 0 ? q.substring(0, e) : q;
    }

    /**
     * A subheading inside the body (a short paragraph of at most 15 words that does not end a sentence and
     * holds one quotation): "النقد الدولي: "…"" gives the quotation to the party before the colon; otherwise
     * the quotation takes the speaker of a later body quotation that repeats it ("واشنطن "تعرضت …..."").
     */
    private void subheadings() {
        int[] quotesIn = new int[segments.size()];
        int[] firstQuote = new int[segments.size()];
        for (int n = quotes.size() - 1; n >= 0; n--) {
            Quote q = quotes.get(n);
            if (q.segment() >= 0 && q.segment() < quotesIn.length) {
                quotesIn[q.segment()]++;
                firstQuote[q.segment()] = n;
            }
        }
        for (int c = 0; c < out.size(); c++) {
            ClaimCandidate claim = out.get(c);
            if (claim.kind() != ClaimKind.DIRECT) {
                continue;
            }
            Segment seg = segments.get(claim.segmentIndex());
            if (seg.kind() != SegmentKind.BODY || seg.end() - seg.start() > SUBHEADING_CHARS
                    || quotesIn[seg.index()] != 1) {
                continue; // bounded: only a short paragraph is read again
            }
            paraQuotes.clear();
            paraQuotes.add(quotes.get(firstQuote[seg.index()]));
            int a = t.indexAt(seg.start());
            int b = t.indexAt(seg.end());
            int words = 0;
            boolean cue = false;
            for (int i = a; i < b; i++) {
                if (t.isWord(i)) {
                    words++;
                    cue |= !inQuoteText(i) && t.cue(i) != null;
                }
            }
            String para = text.substring(seg.start(), seg.end()).strip();
            char last = para.isEmpty() ? '.' : para.charAt(para.length() - 1);
            if (words > 15 || cue || last == '.' || last == '\u060C' || last == ',') {
                continue;
            }
            Mention speaker = null;
            Mention source = null;
            int colon = -1;
            for (int i = a; i < b && t.start(i) < claim.start(); i++) {
                if (!t.isWord(i) && t.charAt(i) == ':') {
                    colon = i;
                    break;
                }
            }
            if (colon > a && !ctx.isLatin() && headlineParty(a, colon)) {
                speaker = ctx.organisationPhrase(a, colon);
                if (speaker == null) {
                    speaker = ctx.resolve(a, colon);
                }
                if (speaker == null) {
                    speaker = ctx.phrase(a, colon);
                }
            } else if (colon > a) {
                LexiconMatcher.Match m = ctx.registryAt(a, colon);
                speaker = m != null && m.from() == a ? ctx.mentionOf(m) : null;
            }
            if (speaker == null) {
                String key = TextKey.of(trimEllipsis(claim.quote()));
                int seen = 0;
                for (int l = c + 1; l < out.size() && seen < SUBHEADING_REACH && key.length() >= 8; l++) {
                    ClaimCandidate later = out.get(l);
                    if (later.kind() != ClaimKind.DIRECT || later.start() <= seg.end()) {
                        continue;
                    }
                    seen++;
                    if (later.speaker() != null && !later.flags().contains(ClaimFlag.SCARE_QUOTE)
                            && TextKey.of(later.quote()).contains(key)) {
                        speaker = later.speaker();
                        source = later.source();
                        break;
                    }
                }
            }
            if (speaker != null) {
                Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
                for (ClaimFlag f : claim.flags()) {
                    if (f != ClaimFlag.INFERRED_SPEAKER && f != ClaimFlag.NO_SPEAKER && f != ClaimFlag.ANONYMOUS_SPEAKER
                            && f != ClaimFlag.SCARE_QUOTE) {
                        flags.add(f);
                    }
                }
                out.set(c, claimQuiet(ClaimKind.DIRECT, claim.start(), claim.end(), claim.cue(), speaker, source,
                        flags, Math.max(0.6, claim.confidence() - 0.1)));
            }
        }
    }

    /** A subheading is at most this many characters long. */
    private static final int SUBHEADING_CHARS = 200;
    /** How many later body quotations a subheading's cut-short quotation is compared with. */
    private static final int SUBHEADING_REACH = 40;

    /** Whether token {@code i} lies inside any quotation of the article. */
    private boolean inQuoteText(int i) {
        return insideAny(t.start(i));
    }

    /** An outlet with the preposition لـ between a headline's party and its colon. */
    private Mention headlineOutlet(int from, int colon) {
        for (int j = from; j < colon; j++) {
            LexiconMatcher.Match m = t.isWord(j) ? ctx.registryAt(j, colon) : null;
            if (m != null && m.clitic() > 0 && t.key(j).charAt(0) == 'ل'
                    && CHANNEL_TYPES.contains(m.alias().entry().type())) {
                return ctx.mentionOf(m);
            }
        }
        return null;
    }

    /**
     * An Arabic headline party the registry does not know: two to five words before the first colon,
     * no digit, no cue, no quotation, no preposition opening it (a place or a one-word label such as
     * "عاجل:" or "بالفيديو:" stays out).
     */
    private boolean headlineParty(int a, int colon) {
        int words = 0;
        for (int j = a; j < colon; j++) {
            if (!t.isWord(j) || insideAny(t.start(j))) {
                return false;
            }
            String k = t.key(j);
            if (t.cue(j) != null && j + 1 == colon || Character.isDigit(k.charAt(0)) || j == a && Words.STOP.contains(k)
                    || Words.COMPLEMENT.contains(k)) {
                return false;
            }
            words++;
        }
        return words >= 2 && words <= 5;
    }

    private static final Set<String> HEADLINE_CUES = Words.set("says", "say", "claims", "claim", "warns", "warn",
            "denies", "deny", "insists", "alleges", "admits", "argues", "believes");

    /**
     * English headline "Australian woman claims Church imprisoned her", "UN chief says talks will resume":
     * a short subject, a present-tense cue, and the rest of the headline is that subject's reported claim.
     */
    private void headlineCue(Segment seg, int a, int b) {
        for (int i = a + 1; i < b && i <= a + 6; i++) {
            if (!t.isWord(i)) {
                return;
            }
            String k = t.key(i);
            if (!HEADLINE_CUES.contains(k)) {
                continue;
            }
            int c = i + 1;
            if (c < b && "that".equals(t.key(c))) {
                c++;
            }
            if (("claims".equals(k) || "claim".equals(k)) && !(c < b && (ctx.isCapitalized(c)
                    || Words.PRONOUN.contains(t.key(c)) || "the".equals(t.key(c)) || c > i + 1))) {
                return; // "Insurance claims rise": a noun
            }
            if (terms.wordsIn(c < b ? t.start(c) : seg.end(), seg.end()) < 3) {
                return;
            }
            Mention speaker = ctx.resolve(a, i);
            if (speaker == null) {
                return;
            }
            int e = seg.end();
            while (e > t.start(c) && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            out.add(claimQuiet(ClaimKind.REPORTED, t.start(c), e, k, speaker, null, EnumSet.noneOf(ClaimFlag.class),
                    0.7));
            return;
        }
    }

    private boolean insideAny(int offset) {
        for (Quote q : paraQuotes) {
            if (offset >= q.start() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }

    private ClaimCandidate claimQuiet(ClaimKind kind, int s, int e, String cue, Mention speaker, Mention source,
                                      Set<ClaimFlag> flags, double confidence) {
        speaker = placedIn(speaker, s);
        source = placedIn(source, s);
        if (speaker == null) {
            flags.add(ClaimFlag.NO_SPEAKER);
        } else if (speaker.type() == PartyType.ANONYMOUS) {
            flags.add(ClaimFlag.ANONYMOUS_SPEAKER);
        }
        if (isStateMedia(source)) {
            flags.add(ClaimFlag.STATE_MEDIA_SOURCE);
        }
        return new ClaimCandidate(kind, s, e, text.substring(s, e), cue, segmentOf(s), speaker, source, flags,
                Math.max(0.05, confidence));
    }
}
