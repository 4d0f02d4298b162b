package com.quotedesk.extraction;

import com.quotedesk.extraction.QuoteScanner.Quote;

import java.util.regex.Pattern;

/** Tells a quotation that names or marks a term from one that reports words, apart from attribution in Attributor. */
final class QuoteTerms {

    /** A short name, a colon and another opening mark at the start of a quotation (see strayOpening). */
    private static final Pattern NAME_COLON_QUOTE =
            Pattern.compile("\\s*[^\\s\"“”«»:]+(\\s+[^\\s\"“”«»:]+){0,2}\\s*:\\s*[\"“«]");
    /** Sentence punctuation anywhere on a line (as String.matches(".*[.!?,;:].*") read it). */
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile(".*[.!?,;:].*");

    private final ArticleContext ctx;
    private final Tokens t;
    private final String text;

    QuoteTerms(ArticleContext ctx) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.text = ctx.text;
    }

    /** How often each one- or two-word quotation (folded) stands in the article. */
    private final java.util.Map<String, Integer> shortQuotes = new java.util.HashMap<>();

    /** Counts the article's short quotations: one quoted three times or more is a name ("سامسونغ", "آبل"). */
    void countShortQuotes(java.util.List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.close() >= 0 && wordsIn(q.start(), q.end()) <= 2) {
                shortQuotes.merge(com.quotedesk.common.TextKey.of(text.substring(q.start(), q.end())), 1, Integer::sum);
            }
        }
    }

    /** وكالة "سبوتنيك", "تويتر", the words "and Emergency": a name or a term, not a quotation. */
    boolean isNameInQuotes(Quote q, int qa) {
        int words = wordsIn(q.start(), q.end());
        if (words <= 2 && shortQuotes.getOrDefault(com.quotedesk.common.TextKey.of(text.substring(q.start(), q.end())), 0) >= 3) {
            return true; // a brand or a body the article always puts in quotation marks
        }
        if (!ctx.isLatin() && words <= 20 && (afterTitleWord(qa) || words <= 10 && afterWorkName(qa))) {
            return true; // "مقالا بعنوان «…»", "كتاب الصحفي X «الخوف: …»": a title, even a whole sentence
        }
        if (words > 4 && (words > 10 || !afterTitleWord(qa))) {
            return false; // a title after "بعنوان"/"titled" may be a whole phrase
        }
        if (isRegistryName(q)) {
            return true;
        }
        if (!ctx.isLatin() && words <= 4 && codeOrLatinName(q)) {
            return true; // "AGM-158B JASSM-ER", "بي-1 لانسر", "إس 400": a model, a programme, a brand
        }
        if (!ctx.isLatin() && words >= 2 && spelledLetters(q)) {
            return true; // "سي إن بي سي", "إن تي في": an acronym spelled out letter by letter is a name
        }
        if (ctx.isLatin() && words <= 4 && isTitleCase(q)) {
            return true; // a user labelled "Anonymous", the website "Insurgency Wiki": a name
        }
        int p = qa - 1;
        if (!ctx.isLatin() && words <= 4 && p >= 0 && t.isWord(p) && t.cue(p) != null && q.close() >= 0) {
            int after = t.indexAt(q.close()) + 1;
            if (after < t.size() && (!t.isWord(after) && (t.charAt(after) == '\u060C' || t.charAt(after) == ',')
                    || t.isWord(after) && Words.COMPLEMENT.contains(t.key(after))
                    || t.isWord(after) && "في".equals(t.key(after)) && after + 1 < t.size() && t.isWord(after + 1)
                            && Words.STATEMENT.contains(t.key(after + 1)))) {
                // "وقالت "هيومن رايتس ووتش"، ومقرها نيويورك، إن", "وقال "حزب الله" في بيان إن": the speaker's name
                return true;
            }
        }
        if (!ctx.isLatin() && words <= 4 && q.close() >= 0 && opensSentence(p, q.open())) {
            int after = t.indexAt(q.close()) + 1;
            if (after < t.size() && t.isWord(after) && t.cue(after) != null) {
                return true; // ""طيران الإمارات" تؤكد …" opening a sentence: the subject's name, not a quotation
            }
        }
        if (p >= 0 && t.isWord(p) && t.end(p) <= q.open()) {
            String k = ArticleContext.norm(t.key(p));
            String bare = k.length() > 3 && (k.charAt(0) == 'ل' || k.charAt(0) == 'ب') ? k.substring(1) : k;
            if ("انباء".equals(k) && p - 1 >= 0 && t.isWord(p - 1)) {
                k = ArticleContext.norm(t.key(p - 1)); // "وكالة أنباء «X»": the agency noun before "أنباء"
                bare = k.length() > 3 && (k.charAt(0) == 'ل' || k.charAt(0) == 'ب') ? k.substring(1) : k;
            }
            return Words.NAME_NOUN.contains(k) || Words.NAME_NOUN.contains(bare);
        }
        return false;
    }

    /**
     * Arabic letters spelled as words ("سي", "إن", "بي", "آ"): every word of the quotation at most two letters.
     * Read in place, words split as {@code trim().split("\\s+")} would split them: it is asked of most short
     * Arabic quotations, and a substring, a compiled pattern and the split words were made for each.
     */
    private boolean spelledLetters(Quote q) {
        int s = q.start();
        int e = q.end();
        while (s < e && text.charAt(s) <= ' ') {
            s++; // as String.trim
        }
        while (e > s && text.charAt(e - 1) <= ' ') {
            e--;
        }
        if (s == e) {
            return false; // nothing but spaces: one empty word
        }
        int letters = 0;
        for (int k = s; k < e; k++) {
            if (isRegexSpace(text.charAt(k))) {
                letters = 0;
            } else if (++letters > 2) {
                return false;
            }
        }
        return true;
    }

    /** The regex class \s (ASCII whitespace, without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Every word capitalised (small connectors aside) and no sentence punctuation: a name or a title. */
    boolean isTitleCase(Quote q) {
        String inner = text.substring(q.start(), q.end()).trim();
        if (inner.isEmpty() || SENTENCE_PUNCTUATION.matcher(inner).matches()) {
            return false;
        }
        for (String w : inner.split("\\s+")) {
            boolean small = w.equals("of") || w.equals("the") || w.equals("and") || w.equals("for") || w.equals("in")
                    || w.equals("on") || w.equals("a") || w.equals("to");
            if (!small && !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return !inner.equals(inner.toUpperCase()) || inner.length() > 1;
    }

    /** Arabic nouns of a work whose title follows, possibly after its author's name ("كتاب فلان «…»"). */
    private static final java.util.Set<String> WORK_NOUN = Words.set("كتاب", "كتابه", "كتابها", "روايه", "فيلم",
            "مسلسل", "مسرحيه", "ديوان", "مقال", "مقالا", "مقاله", "دراسته", "دوريه", "مجله", "برنامج");

    /**
     * A work noun right before the quotation, or before a name of up to five words with no punctuation,
     * preposition or cue between ("كتاب الصحفي الأمريكي X «…»", "دورية «…»"): the quotation is the title.
     */
    private boolean afterWorkName(int qa) {
        for (int p = qa - 1, n = 0; p >= 0 && n < 6; p--, n++) {
            if (!t.isWord(p) || t.cue(p) != null) {
                return false;
            }
            String k = ArticleContext.norm(t.key(p));
            String bare = k.length() > 3 && (k.charAt(0) == 'ل' || k.charAt(0) == 'ب' || k.charAt(0) == 'و')
                    ? k.substring(1) : k;
            if (WORK_NOUN.contains(k) || WORK_NOUN.contains(bare)) {
                return true;
            }
            if (Words.STOP.contains(k)) {
                return false;
            }
        }
        return false;
    }

    boolean afterTitleWord(int qa) {
        int p = qa - 1;
        return p >= 0 && t.isWord(p) && Words.TITLE_WORD.contains(ArticleContext.norm(t.key(p)));
    }

    /**
     * A singing verb among the last three words before the quotation outside quotation marks ("مغنيا:
     * «…»، و«…»", "ليغني غلوفر «…»", "she sang \"…\""): the words are lyrics, not a statement.
     */
    boolean afterSinging(int qa, QuotedTokens quoted) {
        int seen = 0;
        for (int p = qa - 1; p >= 0 && seen < 3; p--) {
            if (!t.isWord(p) || quoted.contains(p)) {
                if (!t.isWord(p) && (t.charAt(p) == '.' || t.charAt(p) == '\n')) {
                    return false;
                }
                continue;
            }
            String k = ArticleContext.norm(t.key(p));
            if (k.equals("و")) {
                continue;
            }
            if (Words.SING.contains(k) || Words.SING.contains(t.key(p))) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /**
     * «سي.ان.ان: «…»»: a quotation opening with a short name and a colon before another opening mark. The
     * first mark belonged to the name and lost its closing mark; the inner quotation is the claim.
     */
    boolean strayOpening(Quote q) {
        return colonAfterFewWords(q.start(), q.end())
                && NAME_COLON_QUOTE.matcher(text).region(q.start(), q.end()).lookingAt();
    }

    /**
     * What {@link #NAME_COLON_QUOTE} needs before it can match, read in one short pass: a colon after one to
     * three runs of non-space characters and before any quotation mark. Most quotations fail this within
     * a few words, so the regex runs on few of them.
     */
    private boolean colonAfterFewWords(int from, int to) {
        int runs = 0;
        boolean inRun = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return runs >= 1;
            }
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
                return false;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                inRun = false; // \s in the regex
            } else if (!inRun) {
                inRun = true;
                if (++runs > 3) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * A naming verb between the cue (or the sentence start) and a quotation of a few words: "dubbed the
     * conflict: \"X vs. Y\"", "أطلق عليها اسم «…»". The words are a name the speaker gave, not a statement.
     */
    boolean namedByNamingVerb(int qa, int from, int words) {
        if (words > 8) {
            return false;
        }
        for (int p = Math.max(0, from); p < qa; p++) {
            if (t.isWord(p) && Words.NAMING.contains(ArticleContext.norm(t.key(p)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one- or two-word quotation closing a noun phrase headed by an organisation noun: "لحركة المقاومة
     * الإسلامية «حماس»", "the Movement for Change \"Gorran\"": the acronym or short name of that body.
     */
    boolean nameAfterOrganisation(int qa) {
        for (int p = qa - 1, n = 0; p >= 0 && n < 4; p--, n++) {
            if (!t.isWord(p)) {
                return false;
            }
            String k = ArticleContext.norm(t.key(p));
            String bare = k.length() > 3 && (k.charAt(0) == 'ل' || k.charAt(0) == 'ب') ? k.substring(1) : k;
            if (Words.ORGANISATION.contains(k) || Words.ORGANISATION.contains(bare)) {
                return true;
            }
            if (!k.startsWith("ال") && !(ctx.isLatin() && Character.isUpperCase(text.charAt(t.start(p))))) {
                return false; // only the words of the name's phrase ("المقاومة الإسلامية", "for Change")
            }
        }
        return false;
    }

    /**
     * A quotation that ends its paragraph with no sentence mark inside or after it, in a paragraph that
     * opens with another quotation: the title of the work a pull quote is credited to ("«…» Anonymous
     * blogger, \"Anon declares war\"").
     */
    boolean creditTitle(Quote q, Segment seg) {
        if (q.close() < 0 || text.substring(q.close() + 1, seg.end()).strip().length() > 0) {
            return false;
        }
        String inner = text.substring(q.start(), q.end()).strip();
        if (inner.isEmpty() || ".!?؟…".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            return false;
        }
        String head = text.substring(seg.start(), q.open()).strip();
        return !head.isEmpty() && "\"“«".indexOf(head.charAt(0)) >= 0;
    }

    boolean afterDemonstrative(int qa) {
        int p = qa - 1;
        if (p < 0 || !t.isWord(p)) {
            return false;
        }
        String k = ArticleContext.norm(t.key(p));
        String bare = k.length() > 3 && (k.charAt(0) == 'ل' || k.charAt(0) == 'ب') ? k.substring(1) : k;
        return Words.DEMONSTRATIVE.contains(k) || Words.DEMONSTRATIVE.contains(bare);
    }

    /** The quotation opening at {@code open} starts a paragraph or a sentence; token {@code p} precedes it. */
    private boolean opensSentence(int p, int open) {
        if (p < 0) {
            return true;
        }
        if (!t.isWord(p) && ".!?:".indexOf(t.charAt(p)) >= 0) {
            return true;
        }
        for (int k = t.end(p); k < open; k++) { // only the gap between the token before and the mark
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * In an Arabic article, a short quotation with no Arabic letter (a name kept in its own script, as
     * "Anderson Cooper 360") or with a code of letters and digits joined by a hyphen or in one word ("بي-1
     * لانسر", "إف-16"): a designation, not words someone said. A number standing alone ("سنبني 100 منزل")
     * does not make one.
     */
    private boolean codeOrLatinName(Quote q) {
        boolean arabic = false;
        boolean code = false;
        for (int i = q.start(); i < q.end(); i++) {
            char c = text.charAt(i);
            arabic |= c >= '\u0600' && c <= '\u06FF' && !Character.isDigit(c) && c != '\u060C';
            if (Character.isDigit(c) && i > q.start()) {
                char p = text.charAt(i - 1);
                code |= p == '-' || Character.isLetter(p);
            }
        }
        return !arabic || code;
    }

    /** The quotation's words are exactly a registry name ("تويتر"). */
    boolean isRegistryName(Quote q) {
        int a = t.indexAt(q.start());
        int b = t.indexAt(q.end());
        LexiconMatcher.Match m = a < b ? ctx.registryAt(a, b) : null;
        return m != null && m.to() == b && m.clitic() == 0;
    }

    int wordsIn(int s, int e) {
        int n = 0;
        for (int i = t.indexAt(s); i < t.size() && t.start(i) < e; i++) {
            if (t.isWord(i)) {
                n++;
            }
        }
        return n;
    }
}
