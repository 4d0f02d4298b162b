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

    private final String text;
    private int size;
    private int[] start;
    private int[] end;
    private String[] key;
    /** The number of each word's distinct key (0, 1, …), -1 for punctuation: per-word facts are kept per key. */
    private int[] id;
    private int distinct;

    private Tokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        key = new String[capacity];
        id = new int[capacity];
    }

    static Tokens of(String text) {
        return of(text, 0, text.length());
    }

    static Tokens of(String text, int from, int to) {
        Tokens t = new Tokens(text, Math.max(16, (to - from) / 5));
        Interner keys = new Interner();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '#' || c == '_') && i + 1 < to && isArabicLetter(text.charAt(i + 1))) {
                i++; // an Arabic hashtag ("#سعد_الحريري", "#الحكومة_الأميركية"): its words, without # and _
                continue;
            }
            if (isWordChar(c)) {
                int s = i;
                keys.reset();
                while (i < to) {
                    char d = text.charAt(i);
                    if (d == '_' && i > s && isArabicLetter(text.charAt(i - 1))) {
                        break;
                    }
                    if (isWordChar(d)) {
                        char f = d >= '\u0621' && d <= '\u064A' ? arabicFold(d) : TextKey.foldChar(d);
                        if (f != 0) {
                            keys.append(f);
                        }
                        i++;
                    } else if (i > s && i + 1 < to && isJoiner(d, text.charAt(i - 1), text.charAt(i + 1))) {
                        keys.append(d == '\u2019' ? '\'' : d);
                        i++;
                    } else if (d == '\u0640' || (d >= '\u064B' && d <= '\u065F') || d == '\u0670' || d == '\u200C') {
                        i++; // tatweel and marks: part of the word, dropped from the key
                    } else {
                        break;
                    }
                }
                String k = keys.intern();
                t.add(s, i, k, keys.lastId);
            } else if (c == ' ' || c == '\n' || (c < ' ' || c >= '\u1680') && Character.isWhitespace(c) // none between
                    || c == '\u00A0' || c == '\u200F' || c == '\u200E') {
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                t.add(i, i + 2, null, -1);
                i += 2;
            } else {
                t.add(i, i + 1, null, -1);
                i++;
            }
        }
        t.markFirstNameAli(keys);
        t.distinct = keys.next;
        return t;
    }

    /** The key of the first name علي once told apart from the preposition على (which folds to the same key). */
    static final String ALI_NAME = "علي\u0651";

    /**
     * "علي" spelled with ya folds like the preposition على; it is the first name when a name-like word
     * follows (not a stop word, a cue or an ال-noun) and it stands where a name stands: after a title or
     * an ال-adjective closing one, after a cue, or opening a clause with a cue or a non-ال word after the
     * pair ("علي خامنئي اتهم", not "علي هامش القمة", "كان علي اتخاذ قرار", "يجب علي الحكومة").
     */
    private void markFirstNameAli(Interner keys) {
        for (int i = 0; i + 1 < size; i++) {
            if (end[i] - start[i] != 3 || !"علي".equals(key[i]) || text.charAt(start[i] + 2) != '\u064A') {
                continue;
            }
            String next = key[i + 1];
            if (next == null || next.startsWith("ال") || Words.STOP.contains(next) || Words.cue(next, null) != null) {
                continue;
            }
            String prev = i > 0 ? key[i - 1] : null;
            boolean titled = prev != null && (Words.TITLE.contains(prev) || prev.startsWith("ال")
                    && (prev.endsWith("ي") || prev.endsWith("يه"))
                    || Words.cue(prev, null) != null);
            boolean opens = prev == null;
            String after = i + 2 < size ? key[i + 2] : null;
            boolean nameShape = after == null || !after.startsWith("ال") || Words.cue(after, null) != null;
            if (titled || opens && nameShape) {
                key[i] = ALI_NAME;
                id[i] = keys.idOf(ALI_NAME);
            }
        }
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }

    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#' || c == '_';
        }
        if (c >= '\u0600' && c <= '\u06FF') {
            // the Arabic block without a table lookup: letters and digits, not marks or punctuation
            return c >= '\u0621' && c <= '\u064A' || c >= '\u0660' && c <= '\u0669' || c >= '\u066E' && c <= '\u06D3'
                    && c != '\u06D4';
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link TextKey#foldChar} for the basic Arabic letters: the hamza alefs, taa marbuta, alef maqsura. */
    private static char arabicFold(char c) {
        switch (c) {
            case '\u0623', '\u0625', '\u0622':
                return '\u0627';
            case '\u0629':
                return '\u0647';
            case '\u0649':
                return '\u064A';
            case '\u0640':
                return 0; // tatweel
            default:
                return c;
        }
    }

    /**
     * Reuses one String per distinct word key within an extraction: news text repeats its words, so
     * this saves most key allocations and every later hash of a key is cached in its String.
     */
    private static final class Interner {
        private char[] buf = new char[32];
        private int len;
        private String[] table = new String[1024];
        private int[] ids = new int[1024];
        private int count;
        /** The next id to give, and the id of the key interned last. */
        private int next;
        private int lastId;

        void reset() {
            len = 0;
        }

        void append(char c) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, len * 2);
            }
            buf[len++] = c;
        }

        String intern() {
            if (len > 24) {
                lastId = next++;
                return new String(buf, 0, len); // long words are rare: not worth a slot
            }
            int h = 0;
            for (int k = 0; k < len; k++) {
                h = 31 * h + buf[k];
            }
            int mask = table.length - 1;
            int slot = (h ^ (h >>> 16)) & mask;
            while (true) {
                String e = table[slot];
                if (e == null) {
                    String s = new String(buf, 0, len);
                    table[slot] = s;
                    ids[slot] = next;
                    lastId = next++;
                    if (++count * 2 > table.length) {
                        grow();
                    }
                    return s;
                }
                if (same(e)) {
                    lastId = ids[slot];
                    return e;
                }
                slot = (slot + 1) & mask;
            }
        }

        private boolean same(String e) {
            if (e.length() != len) {
                return false;
            }
            for (int k = 0; k < len; k++) {
                if (e.charAt(k) != buf[k]) {
                    return false;
                }
            }
            return true;
        }

        /** The id of a key given whole (the first name علي marked after the pass). */
        int idOf(String k) {
            reset();
            for (int c = 0; c < k.length(); c++) {
                append(k.charAt(c));
            }
            intern();
            return lastId;
        }

        private void grow() {
            String[] old = table;
            int[] oldIds = ids;
            table = new String[old.length * 2];
            ids = new int[table.length];
            int mask = table.length - 1;
            for (int o = 0; o < old.length; o++) {
                String e = old[o];
                if (e != null) {
                    int h = e.hashCode();
                    int slot = (h ^ (h >>> 16)) & mask;
                    while (table[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = e;
                    ids[slot] = oldIds[o];
                }
            }
        }
    }

    private static boolean isJoiner(char c, char before, char after) {
        if (c == '.' || c == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return (c == '\'' || c == '\u2019' || c == '-' || c == '`') && isWordChar(before) && isWordChar(after);
    }

    private void add(int s, int e, String k, int keyId) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            key = Arrays.copyOf(key, n);
            id = Arrays.copyOf(id, n);
        }
        start[size] = s;
        end[size] = e;
        key[size] = k;
        id[size] = keyId;
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

    /**
     * The number of word {@code i}'s key among the text's distinct keys, from 0 to {@link #distinctKeys()}
     * (exclusive); -1 for punctuation. Equal keys have one number, so a fact about a word is found once.
     */
    int id(int i) {
        return id[i];
    }

    int distinctKeys() {
        return distinct;
    }

    /** The cue word token {@code i} is, or null; looked up once per distinct word. */
    Words.Cue cue(int i) {
        int k = id[i];
        if (k < 0) {
            return null;
        }
        if (cues == null) {
            cues = new byte[distinct];
        }
        byte c = cues[k];
        if (c == 0) {
            Words.Cue w = Words.cue(key[i], null);
            c = (byte) (w == null ? 1 : w.ordinal() + 2);
            cues[k] = c;
        }
        return c == 1 ? null : CUES[c - 2];
    }

    private static final Words.Cue[] CUES = Words.Cue.values();
    private byte[] cues;

    /** The first character of token {@code i}, e.g. the punctuation mark it is. */
    char charAt(int i) {
        return text.charAt(start[i]);
    }

    boolean isWord(int i) {
        return key[i] != null;
    }

    /**
     * The first index whose token starts at or after {@code offset}. Callers ask about nearby offsets one
     * after the other (a quotation's ends, then the next quotation's), so the search gallops out from the
     * last answer and bisects only the range it brackets.
     */
    int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        int near = lastIndex;
        if (near > 0 && near < size) {
            int step = 1;
            if (start[near - 1] < offset) {
                lo = near; // the answer is at or after near
                while (lo + step < size && start[lo + step - 1] < offset) {
                    lo += step;
                    step <<= 1;
                }
                hi = Math.min(size, lo + step);
            } else {
                hi = near; // the answer is at or before near - 1
                while (hi - step > 0 && start[hi - step - 1] >= offset) {
                    hi -= step;
                    step <<= 1;
                }
                lo = Math.max(0, hi - step);
            }
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lastIndex = lo;
        return lo;
    }

    /** The answer {@link #indexAt} gave last: where the next search starts. */
    private int lastIndex;
}
