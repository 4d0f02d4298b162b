package com.quotedesk.extraction;

import java.util.List;

/**
 * Finds registry names in the token stream by folded word n-grams: the longest alias that starts at a
 * token. Arabic clitics on the first word (و، ف، ب، ل، ك، لل) are indexed by the {@link Lexicon}, so a
 * word costs one hash lookup; quotation marks between the words of a name are skipped (وكالة "سبوتنيك").
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
        Match best = tryKey(lexicon, t, i, limit, k, null);
        if (isPossessive(k)) {
            best = tryKey(lexicon, t, i, limit, stripPossessive(k), best);
        }
        return best;
    }

    /** Whether some alias starts with this word (as it stands or without "'s"): else {@link #match} finds nothing. */
    static boolean mayStart(Lexicon lexicon, String k) {
        return lexicon.aliasesStartingWith(k) != null
                || isPossessive(k) && lexicon.aliasesStartingWith(stripPossessive(k)) != null;
    }

    private static Match tryKey(Lexicon lexicon, Tokens t, int i, int limit, String first, Match best) {
        List<Lexicon.Alias> aliases = lexicon.aliasesStartingWith(first);
        if (aliases == null) {
            return best;
        }
        for (Lexicon.Alias a : aliases) {
            if (best != null && a.keys().length <= best.alias().keys().length) {
                break;
            }
            int end = a.keys().length == 1 ? i + 1 : matchRest(t, i + 1, limit, a.keys());
            if (end >= 0 && end <= limit) {
                return new Match(a, i, end, a.clitic());
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
            if (!key.equals(keys[k]) && !(isPossessive(key) && stripPossessive(key).equals(keys[k]))) {
                return -1;
            }
            j++;
            k++;
        }
        return j;
    }

    static boolean isPossessive(String key) {
        int n = key.length();
        return n > 2 && key.charAt(n - 1) == 's' && key.charAt(n - 2) == '\'';
    }

    static String stripPossessive(String key) {
        return isPossessive(key) ? key.substring(0, key.length() - 2) : key;
    }

    private static boolean isSkippablePunct(Tokens t, int j) {
        if (t.end(j) - t.start(j) != 1 || t.key(j) != null) {
            return false;
        }
        char c = t.charAt(j);
        // "سي.إن.إن", "U.N.": a dot glued to the letters on both sides spells out the spaced name
        return QUOTES.indexOf(c) >= 0 || c == '.' && j > 0 && j + 1 < t.size() && t.end(j - 1) == t.start(j)
                && t.start(j + 1) == t.end(j) && t.key(j + 1) != null;
    }

    private static final String QUOTES = "\"\u201C\u201D\u00AB\u00BB\u201E-";

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }
}
