package com.quotedesk.extraction;

import java.util.Set;
import java.util.function.IntPredicate;

/** Reads the speaker noun phrase next to a cue, for the cue readers (English cues above all) and the speaker resolver. */
final class SpeakerPhrases {

    private final ArticleContext ctx;
    private final Tokens t;
    private final IntPredicate inQuote;

    SpeakerPhrases(ArticleContext ctx, IntPredicate inQuote) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.inQuote = inQuote;
    }

    private static final Set<String> TIME_LEAD = Words.set("this", "last", "next", "on", "from", "since", "of",
            "that", "earlier", "late", "early");
    private static final Set<String> TIME_NOUN = Words.set("week", "month", "year", "weekend", "morning", "night",
            "evening", "afternoon", "today", "yesterday", "tonight", "lunchtime", "midday", "noon");

    /** English connectives that open a sentence before its subject. */
    private static final Set<String> OPENING_CONNECTIVE = Words.set("but", "and", "yet", "so", "however", "meanwhile",
            "still", "instead");

    /**
     * English: the person that opens a sentence as its subject, before {@code end} ("But novelist Gore Vidal
     * defended the film, saying …": Gore Vidal): after an opening connective and at most two lower-case role
     * words, a capitalised run of two to four words followed by a lower-case word; null if the sentence opens
     * otherwise or the run names no person.
     */
    Mention openingSubject(int ss, int end) {
        int k = ss;
        while (k < end && (!t.isWord(k) || OPENING_CONNECTIVE.contains(t.key(k)))) {
            k++;
        }
        int roles = 0;
        while (k < end && t.isWord(k) && !ctx.isCapitalized(k) && !Words.STOP.contains(t.key(k)) && roles < 2) {
            k++;
            roles++;
        }
        int n = k;
        while (n < end && n < k + 4 && t.isWord(n) && ctx.isCapitalized(n) && !inQuote.test(n)) {
            n++;
        }
        if (n - k < 2 || n >= end || !t.isWord(n) || ctx.isCapitalized(n) || t.cue(n) != null) {
            return null;
        }
        Mention m = ctx.resolve(k, n);
        return m != null && m.type() == PartyType.PERSON ? m : null;
    }

    /** Walks back from {@code end} over a noun phrase: words that are not stop words, "Mr." dots. */
    int backNp(int end, int ss) {
        int s = end;
        while (s - 1 >= ss && s > end - 9) {
            int k = s - 1;
            if (inQuote.test(k)) {
                break;
            }
            if (!t.isWord(k)) {
                if (t.charAt(k) == '.' && k - 1 >= ss && t.isWord(k - 1) && Words.TITLE.contains(t.key(k - 1))) {
                    s--;
                    continue;
                }
                if (t.charAt(k) == '.' && k - 1 >= ss && t.isWord(k - 1) && s < end && t.isWord(s)
                        && t.end(k - 1) == t.start(k) && t.end(k) == t.start(s)) {
                    s--; // "Gawker.com", "Scientology.org": a dot inside a name
                    continue;
                }
                break;
            }
            String key = t.key(k);
            if (("and".equals(key) || "of".equals(key)) && s < end && ctx.isCapitalized(s) && k - 1 >= ss
                    && ctx.isCapitalized(k - 1) && !inQuote.test(k - 1)) {
                s--; // "The Globe and Mail", "Bank of England": inside one name
                continue;
            }
            if (("for".equals(key) || "at".equals(key) || "from".equals(key)) && s < end
                    && (ctx.isCapitalized(s) && !Words.isDay(t.key(s)) || "the".equals(t.key(s))) && k - 2 >= ss
                    && ctx.isCapitalized(k - 1)
                    && ctx.isCapitalized(k - 2)) {
                s--; // "Maria Lund for the Harbour Trust": a name and its affiliation, split by affiliation()
                continue;
            }
            if (k == ss && s < end && OPENING_CONNECTIVE.contains(key)) {
                break; // "But Mr Blair said": the connective opening the sentence is not part of the name
            }
            if (Words.STOP.contains(key) && !ctx.isCapitalized(k) || t.cue(k) != null
                    || Words.COMPLEMENT.contains(key)) {
                break;
            }
            s--;
        }
        return s;
    }

    /**
     * "Lydia Buchtmann for Food Standards Australia New Zealand": a person's name (two or more capitalised
     * words) followed by of/for/at/from and an organisation; returns the end of the person's name, else -1.
     */
    int affiliation(int a, int b) {
        int k = a;
        while (k < b && t.isWord(k) && Words.TITLE.contains(t.key(k))) {
            k++;
        }
        int nameFrom = k;
        while (k < b && ctx.isCapitalized(k) && !Words.ORG_HEAD.contains(t.key(k))) {
            k++;
        }
        if (k - nameFrom < 2 || k + 1 >= b) {
            return -1;
        }
        String prep = t.key(k);
        boolean affil = "of".equals(prep) || "for".equals(prep) || "at".equals(prep) || "from".equals(prep);
        return affil && (ctx.isCapitalized(k + 1) || "the".equals(t.key(k + 1))) ? k : -1;
    }

    /** A registry name glued to capitalised words before it ("The Globe and Mail"): part of another name. */
    boolean partOfLongerName(int from, int ss) {
        int k = from - 1;
        if (k < ss || !t.isWord(k)) {
            return false;
        }
        String key = t.key(k);
        return ctx.isCapitalized(k) && !Words.TITLE.contains(key)
                || ("and".equals(key) || "of".equals(key)) && k - 1 >= ss && ctx.isCapitalized(k - 1);
    }

    /**
     * The nearest of up to three comma-set chunks before {@code comma} that is a person's or party's name
     * (two to five capitalised words after any titles): its end, or -1.
     */
    int nameChunkBefore(int comma, int ss) {
        int end = comma;
        for (int n = 0; n < 3 && end > ss; n++) {
            int start = end - 1;
            while (start >= ss && !(!t.isWord(start) && t.charAt(start) == ',') && end - start < 16) {
                start--;
            }
            boolean bounded = start < ss || !t.isWord(start) && t.charAt(start) == ',';
            if (!bounded) {
                return -1;
            }
            if (isNameChunk(start + 1, end)) {
                return end;
            }
            end = start;
        }
        return -1;
    }

    boolean isNameChunk(int a, int b) {
        int k = a;
        while (k < b && t.isWord(k) && Words.TITLE.contains(t.key(k))) {
            k++;
        }
        int caps = 0;
        for (int j = k; j < b; j++) {
            if (!t.isWord(j) || inQuote.test(j)) {
                return false;
            }
            String key = t.key(j);
            if (ctx.isCapitalized(j) && !Words.STOP.contains(key) && !Words.isDay(key)) {
                caps++;
            } else if (!("of".equals(key) || "bin".equals(key) || "al".equals(key) || "de".equals(key)
                    || "van".equals(key) || "von".equals(key)) || j == k) {
                return false;
            }
        }
        return caps >= 2 && caps <= 5;
    }

    boolean onlyTimeWords(int a, int b) {
        for (int k = a; k < b; k++) {
            String key = t.key(k);
            if (key != null && !TIME_NOUN.contains(key) && !Words.isDay(key) && !TIME_LEAD.contains(key)) {
                return false;
            }
        }
        return true;
    }

    /** Last words of newspaper, magazine and broadcaster names ("LA Weekly", "The Daily Herald"). */
    private static final Set<String> OUTLET_TAIL = Words.set("news", "times", "post", "tv", "radio", "journal",
            "weekly", "daily", "herald", "tribune", "gazette", "magazine", "telegraph", "chronicle", "observer",
            "guardian", "wire", "express", "standard", "independent", "mirror", "review", "today", "monitor");

    /** A registry name that ends right before token {@code end} ("the i reporting"). */
    LexiconMatcher.Match registryEndingAt(int end, int ss) {
        for (int s = Math.max(ss, end - 4); s < end; s++) {
            LexiconMatcher.Match m = ctx.registryAt(s, end);
            if (m != null && m.to() == end) {
                return m;
            }
        }
        return null;
    }

    /** "The Home Office letter" speaks for the Home Office; "a leaked internal letter" for itself. */
    Mention documentOwner(int a, int b) {
        String head = t.key(b - 1);
        if (head != null && Words.STATEMENT.contains(head) && b - a > 1) {
            Mention inner = ctx.resolve(a, b - 1);
            if (inner != null && inner.known()) {
                return inner;
            }
            String owner = t.key(b - 2);
            if (inner != null && owner != null && (owner.endsWith("'s") || owner.endsWith("\u2019s"))
                    && ctx.isCapitalized(b - 2)) {
                return inner; // "Cornyn's statement added": the statement's owner speaks
            }
        }
        return ctx.resolve(a, b);
    }

    /** "a letter seen by Sky News says": the index of the outlet after "by", or -1. */
    int seenBy(int npStart) {
        if (npStart >= 2 && "by".equals(t.key(npStart - 1))) {
            String v = t.key(npStart - 2);
            if ("seen".equals(v) || "obtained".equals(v) || "reviewed".equals(v)) {
                return npStart;
            }
        }
        return -1;
    }

    boolean isOutletName(int a, int b) {
        String last = t.key(b - 1);
        return OUTLET_TAIL.contains(last);
    }
}
