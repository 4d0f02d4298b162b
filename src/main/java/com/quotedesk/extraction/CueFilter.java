package com.quotedesk.extraction;

import java.util.List;
import java.util.Set;

/**
 * Tells which occurrences of a cue word attribute: many cue words are cues only in some uses (a passive
 * "was reported", "according" without "to", "علّق" that suspends), and a cue inside the clause another
 * cue reports is part of the reported words.
 */
final class CueFilter {

    private static final Set<String> PASSIVE = Words.set("been", "being", "was", "were", "is", "are", "be");
    /** Forms of "commented" (علّق), which also means "suspended". */
    private static final Set<String> COMMENTED = Words.set("علق", "علقت", "يعلق", "تعلق", "معلقا", "معلقه");

    private final ArticleContext ctx;
    private final Tokens t;

    CueFilter(ArticleContext ctx) {
        this.ctx = ctx;
        this.t = ctx.tokens;
    }

    /**
     * A cue inside the clause another cue reports ("أكد أنه حذر …", "said he told …") is part of the
     * reported words, unless it is coordinated with the first one ("…، وأشارت إلى", "…, and said").
     */
    boolean embedded(int i, Words.Cue cue, int ss, List<Attribution> atts) {
        if (atts.isEmpty() || cue == Words.Cue.ACCORDING || cue == Words.Cue.RELAY) {
            return false;
        }
        Attribution prev = atts.get(atts.size() - 1);
        if (prev.clauseStart < 0 || prev.clauseStart > i || prev.clauseEnd >= 0 && i >= prev.clauseEnd) {
            return false; // no clause before it, or the clause has ended ("…, although it warned that …")
        }
        String k = t.key(i);
        // "وأشارت" is و + a cue; "وصف" is a cue whose root starts with و
        boolean conj = !ctx.isLatin() && k.length() > 3 && (k.charAt(0) == 'و' || k.charAt(0) == 'ف')
                && Words.cue(k.substring(1), ctx.lang) != null;
        String before = i > ss ? t.key(i - 1) : null;
        boolean comma = i > ss && !t.isWord(i - 1) && (t.charAt(i - 1) == ',' || t.charAt(i - 1) == '\u060C');
        return !(conj || comma || Words.CONTRAST.contains(before) || "and".equals(before) || "but".equals(before)
                || ctx.isLatin() && coordinatorBefore(t, i, ss) >= 0 || "لكنه".equals(before)
                || "لكنها".equals(before) || Words.PARTICIPLE.contains(k) || ctx.isLatin() && concession(t, i, ss));
    }

    /** "…, though he recognised that …": a comma, a concessive connective and a pronoun before the cue. */
    static boolean concession(Tokens t, int i, int ss) {
        return i - 3 >= ss && t.isWord(i - 1) && Words.PRONOUN.contains(t.key(i - 1)) && t.isWord(i - 2)
                && Words.EN_CONCESSIVE.contains(t.key(i - 2)) && !t.isWord(i - 3) && t.charAt(i - 3) == ',';
    }

    /** Arabic verbs of concluding, agreeing and requesting: cues only when a complement follows. */
    private static final Set<String> COMPLEMENT_ONLY = Words.set("خلص", "خلصت", "خلصوا", "يخلص", "اتفق", "اتفقت",
            "اتفقوا", "يتفق", "تتفق", "يتفقون", "طلبت", "طلبوا", "يطلبون");

    /** Arabic "replied" (رد), also a noun ("في رد على", "رد فعل") and, with و, "came" (ورد في). */
    private static final Set<String> REPLY = Words.set("رد", "ردت", "ردوا", "يرد", "ترد", "فرد", "فردت", "ورد",
            "وردت", "ويرد", "وترد");

    /**
     * A reply verb is a cue when it opens its clause (sentence start, after a comma or a quotation, or with
     * و/ف) and
     * a quotation, a colon or "بالقول"/"قائلا" follows within eight words, with no "في" or "فعل" right after it
     * ("فرد X عليه «…»", "ورد الصحفي على X بالقول إن"; not "ورد في التقرير", "رد فعل").
     */
    boolean replies(int i, int ss, int se, QuotedTokens quoted) {
        String k = t.key(i);
        if (!REPLY.contains(k) || i + 1 >= se) {
            return false;
        }
        if (i > ss && t.isWord(i - 1) && !quoted.contains(i - 1) && k.charAt(0) != 'ف' && k.charAt(0) != 'و') {
            return false; // "في رد على", "جاء رد الحكومة": a noun inside a phrase
        }
        String next = t.key(i + 1);
        if ("في".equals(next) || "فعل".equals(next) || "فيه".equals(next) || !t.isWord(i + 1) || quoted.contains(i + 1)) {
            return false;
        }
        for (int j = i + 2; j < Math.min(se, i + 10); j++) {
            String kj = t.key(j);
            if (quoted.contains(j) || "بالقول".equals(kj) || "قائلا".equals(kj) || "قائله".equals(kj)
                    || !t.isWord(j) && t.charAt(j) == ':') {
                return true;
            }
            if (kj != null && (t.cue(j) != null || Words.STOP.contains(kj) && !ON.contains(kj))) {
                return false; // "وردت أنباء عن انفجار «…»": only the subject and "على X" stand before the words
            }
        }
        return false;
    }

    private static final Set<String> ON = Words.set("علي", "عليه", "عليها", "عليهم");

    /** Time words that may stand between "but"/"and" and a coordinated English cue ("but on Wednesday said"). */
    private static final Set<String> TIME_BETWEEN = Words.set("on", "in", "at", "last", "this", "since", "then",
            "week", "month", "year", "night", "morning", "evening", "afternoon");

    /**
     * "… but on Wednesday said …", "and has since told …": the index of the "but"/"and" that coordinates the
     * English cue at {@code i} across up to three time words, else -1.
     */
    static int coordinatorBefore(Tokens t, int i, int from) {
        for (int k = i - 1; k >= from && k >= i - 4; k--) {
            if (!t.isWord(k)) {
                return -1;
            }
            String key = t.key(k);
            if ("but".equals(key) || "and".equals(key)) {
                return k < i - 1 ? k : -1;
            }
            if (!TIME_BETWEEN.contains(key) && !Words.isDay(key)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "asked" attributes a quotation right after it (a colon between) or one closing within three tokens
     * before it; "asked him to leave", "asked for help" are requests, not words reported.
     */
    private boolean questionAsked(int i, int se) {
        if (i + 1 < se && !t.isWord(i + 1)) {
            char c = t.charAt(i + 1);
            if (c == ':' || QuoteScanner.isDoubleMark(c)) {
                return true;
            }
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (!t.isWord(k) && QuoteScanner.isDoubleMark(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }


    /** Filters words that are cues only in some uses ("according" needs "to", "جاء" needs "في"). */
    boolean accepts(int i, Words.Cue cue, int se) {
        String k = t.key(i);
        String next = i + 1 < se ? t.key(i + 1) : null;
        String prev = i > 0 ? t.key(i - 1) : null;
        if (ctx.isLatin() && cue != Words.Cue.ACCORDING && cue != Words.Cue.RELAY && PASSIVE.contains(prev)) {
            return false; // passive: "no injuries were reported", "has been told to prepare"
        }
        if (ctx.isLatin() && cue != Words.Cue.ACCORDING && cue != Words.Cue.RELAY && "by".equals(next)
                && k.endsWith("ed") && prev != null && t.isWord(i - 1) && !Words.PRONOUN.contains(prev)
                && i + 2 < se && ctx.isCapitalized(i + 2)) {
            return false; // a reduced passive: "the pounds 7.4m … announced by Chancellor Gordon Brown"
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
        if (ctx.isLatin() && ("believes".equals(k) || "believed".equals(k))) {
            // "She believed the majority …", "Mr X believes that …": a view stated by a named subject; not "is
            // believed to", "believed in"
            boolean subject = prev != null && t.isWord(i - 1) && (Words.PRONOUN.contains(prev) || ctx.isCapitalized(i - 1));
            return subject && next != null && t.isWord(i + 1) && ("that".equals(next) || !Words.STOP.contains(next));
        }
        if (ctx.isLatin() && Words.EN_ASKED.contains(k)) {
            return questionAsked(i, se); // "X asked: "…?"", ""…?" he asked"; not "asked him to leave"
        }
        if (ctx.isLatin() && Words.EN_REJECT.contains(k)) {
            return Words.EN_CLAIM_NOUN.contains(next) && i + 2 < se && t.isWord(i + 2)
                    && ("that".equals(t.key(i + 2)) || Words.EN_CLAUSE_SUBJECT.contains(t.key(i + 2)));
        }
        if (ctx.isLatin() && Words.EN_CLAUSE_ONLY.contains(k)) {
            return "that".equals(next) || Words.EN_CLAUSE_SUBJECT.contains(next); // not "conceded a goal"
        }
        if (ctx.isLatin() && Words.EN_THAT_ONLY.contains(k)) {
            return "that".equals(next); // "the study found that …", not "United States", "found the body"
        }
        if (ctx.isLatin() && ("claim".equals(k) || "claims".equals(k))) {
            // a verb after its subject and before its clause ("Paris claims she …", "claims that …");
            // a noun elsewhere ("the claims", "asylum claim acceptance rate", "claims over 150,000")
            boolean clauseNext = next != null && ("that".equals(next) || Words.PRONOUN.contains(next)
                    || "the".equals(next) || ctx.isCapitalized(i + 1));
            if (prev == null || Words.EN_DETERMINER.contains(prev) || !t.isWord(i - 1) || !clauseNext
                    || Words.EN_REJECT.contains(prev) || "denied".equals(prev) || "denies".equals(prev)) {
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
        if (!ctx.isLatin() && COMPLEMENT_ONLY.contains(ArticleContext.stripConj(k))) {
            // "خلصت الدراسة إلى أن", "اتفق كثيرون على أن", "طلبوا منهم أن": cues only before their clause
            for (int j = i + 1; j < Math.min(se, i + 8); j++) {
                String kj = t.key(j);
                if (Words.COMPLEMENT.contains(kj)) {
                    return true;
                }
                if (!t.isWord(j) || t.cue(j) != null) {
                    return false;
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
                return !("called".equals(k) || "calls".equals(k)) || !("for".equals(next) || "on".equals(next))
                        || "on".equals(next) && EnglishSpeechCues.toClauseAfter(t, i + 2, se) > 0;
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
}
