package com.quotedesk.extraction;

import java.util.List;

/**
 * Finds registry names in the token stream by folded word n-grams: the longest alias that starts at a
 * token. The first word may carry Arabic clitics that are not part of the name (و، ف، ب، ل، ك، لل →
 * ال; a name registered without its article ال is indexed with it too), and quotation marks between the words of a name are skipped (وكالة "سبوتنيك").
 */
final class LexiconMatcher {

    /** A registry name found at tokens [{@code from}, {@code to}); {@code clitic} letters precede the name. */
    record Match(Lexicon.Alias alias, int from, int to, int clitic) {
    }

    private LexiconMatcher() {
    }

    static Lexicon.Alias longest(Lexicon lexicon, Tokens t, int i, int limit) {
        Match m = match(lexicon, t, i, limit);
        return m == null ? null : m.alias();
    }

    static Match match(Lexicon lexicon, Tokens t, int i, int limit) {
        String k = t.key(i);
        if (k == null) {
            return null;
        }
        Match best = tryKey(lexicon, t, i, limit, k, 0, null);
        if (k.endsWith("'s")) {
            best = tryKey(lexicon, t, i, limit, stripPossessive(k), 0, best);
        }
        if (k.length() < 3 || !isArabicLetter(k.charAt(0))) {
            return best;
        }
        char c0 = k.charAt(0);
        String rest = k;
        int clitic = 0;
        if ((c0 == 'و' || c0 == 'ف') && k.length() > 3) {
            rest = k.substring(1);
            clitic = 1;
            best = tryKey(lexicon, t, i, limit, rest, clitic, best);
        }
        if (rest.length() > 3) {
            char c1 = rest.charAt(0);
            if (rest.startsWith("لل")) {
                best = tryKey(lexicon, t, i, limit, "ال" + rest.substring(2), clitic + 1, best);
            }
            if (c1 == 'ب' || c1 == 'ل' || c1 == 'ك') {
                best = tryKey(lexicon, t, i, limit, rest.substring(1), clitic + 1, best);
                if (rest.startsWith("ال", 1) && rest.length() > 5) {
                    best = tryKey(lexicon, t, i, limit, rest.substring(3), clitic + 3, best);
                }
            }
        }
        return best;
    }

    private static Match tryKey(Lexicon lexicon, Tokens t, int i, int limit, String first, int clitic, Match best) {
        List<Lexicon.Alias> aliases = lexicon.aliasesStartingWith(first);
        for (Lexicon.Alias a : aliases) {
            if (best != null && a.keys().length <= best.alias().keys().length) {
                break;
            }
            int end = matchRest(t, i + 1, limit, a.keys());
            if (end >= 0) {
                return new Match(a, i, end, clitic);
            }
        }
        return best;
    }

    /** Matches keys[1..] from token j on; returns the end token or -1. */
    private static int matchRest(Tokens t, int j, int limit, String[] keys) {
        int k = 1;
        while (k < keys.length) {
            if (j >= limit) {
                return -1;
            }
            String key = t.key(j);
            if (key == null) {
                if (isSkippablePunct(t, j)) {
                    j++;
                    continue;
                }
                return -1;
            }
            if (!key.equals(keys[k]) && !stripPossessive(key).equals(keys[k])) {
                return -1;
            }
            j++;
            k++;
        }
        return j;
    }

    static String stripPossessive(String key) {
        return key.endsWith("'s") ? key.substring(0, key.length() - 2) : key;
    }

    private static boolean isSkippablePunct(Tokens t, int j) {
        return t.end(j) - t.start(j) == 1 && t.key(j) == null && QUOTES.indexOf(t.charAt(j)) >= 0;
    }

    private static final String QUOTES = "\"\u201C\u201D\u00AB\u00BB\u201E-";

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }
}
