package com.quotedesk.extraction;

/** The languages the extractor knows the conventions of. */
public enum Language {
    AR, EN;

    /** Lower-case ISO 639-1 code, as used in the API. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Language fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Arabic when Arabic letters outnumber Latin ones, English otherwise. News text is rarely
     * mixed enough for a finer detector to matter.
     */
    public static Language detect(CharSequence text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                latin++;
            }
        }
        return arabic > latin ? AR : EN;
    }
}
