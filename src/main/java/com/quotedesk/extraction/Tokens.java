package com.quotedesk.extraction;

import com.quotedesk.common.TextKey;

import java.util.Arrays;

/**
 * The text cut into word and punctuation tokens in a single pass, each word with its folded search
 * key ({@link TextKey#foldChar}). Every later step works on these arrays, never on substrings of the
 * text, so that extraction stays linear and allocates one key per word.
 *
 * <p>A word is a run of letters and digits; an apostrophe, hyphen, underscore or a dot/comma between
 * two letters or digits stays inside it ("Jong-un", "don't", "10.000", "#ميليشيا_الحوثي").
 * Every other non-space character is a token of its own.
 */
final class Tokens {

    private final CharSequence text;
    private int size;
    private int[] start;
    private int[] end;
    private String[] key;

    private Tokens(CharSequence text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        key = new String[capacity];
    }

    static Tokens of(CharSequence text) {
        return of(text, 0, text.length());
    }

    static Tokens of(CharSequence text, int from, int to) {
        Tokens t = new Tokens(text, Math.max(16, (to - from) / 5));
        StringBuilder buf = new StringBuilder(32);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int s = i;
                buf.setLength(0);
                while (i < to) {
                    char d = text.charAt(i);
                    if (isWordChar(d)) {
                        char f = TextKey.foldChar(d);
                        if (f != 0) {
                            buf.append(f);
                        }
                        i++;
                    } else if (i > s && i + 1 < to && isJoiner(d, text.charAt(i - 1), text.charAt(i + 1))) {
                        buf.append(d == '\u2019' ? '\'' : d);
                        i++;
                    } else if (d == '\u0640' || (d >= '\u064B' && d <= '\u065F') || d == '\u0670' || d == '\u200C') {
                        i++; // tatweel and marks: part of the word, dropped from the key
                    } else {
                        break;
                    }
                }
                t.add(s, i, buf.toString());
            } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E') {
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                t.add(i, i + 2, null);
                i += 2;
            } else {
                t.add(i, i + 1, null);
                i++;
            }
        }
        return t;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '#' || c == '_';
    }

    private static boolean isJoiner(char c, char before, char after) {
        if (c == '.' || c == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return (c == '\'' || c == '\u2019' || c == '-' || c == '`') && isWordChar(before) && isWordChar(after);
    }

    private void add(int s, int e, String k) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            key = Arrays.copyOf(key, n);
        }
        start[size] = s;
        end[size] = e;
        key[size] = k;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    /** The folded key of a word, or null for a punctuation token. */
    String key(int i) {
        return key[i];
    }

    /** The first character of token {@code i}, e.g. the punctuation mark it is. */
    char charAt(int i) {
        return text.charAt(start[i]);
    }

    boolean isWord(int i) {
        return key[i] != null;
    }

    /** The first index whose token starts at or after {@code offset}. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
