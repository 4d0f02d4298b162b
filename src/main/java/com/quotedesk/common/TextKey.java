package com.quotedesk.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text to a search key so that spellings a reader treats as the same compare equal: case,
 * Unicode compatibility forms, Arabic diacritics and tatweel, the hamza forms of alef (أ إ آ ٱ → ا),
 * taa marbuta (ة → ه) and alef maqsura (ى → ي), and runs of white space.
 *
 * <p>Plain Java on purpose: the extractor, the search and the registry all use the same key.
 */
public final class TextKey {

    private TextKey() {
    }

    public static String of(CharSequence text) {
        if (text == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = fold(nfkc.charAt(i));
            if (c == 0) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The folded form of one character as {@link #of} folds it (minus NFKC), lower-cased, or 0 when
     * the character is dropped. Lets a tokenizer build search keys in one pass without normalising
     * the whole text first.
     */
    public static char foldChar(char c) {
        char f = fold(c);
        if (f >= '\u0600' && f <= '\u06FF') {
            return f; // Arabic has no case
        }
        return f < 0x80 ? (f >= 'A' && f <= 'Z' ? (char) (f + 32) : f) : Character.toLowerCase(f);
    }

    /** The folded form of one character, or 0 when the character is dropped. */
    static char fold(char c) {
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
            return 0; // harakat, superscript alef, tatweel
        }
        switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671':
                return '\u0627';
            case '\u0629':
                return '\u0647';
            case '\u0649':
                return '\u064A';
            case '\u00A0', '\u200F', '\u200E':
                return c == '\u00A0' ? ' ' : 0;
            default:
                return c;
        }
    }
}
