package com.quotedesk.report;

/** The base direction of a piece of text, decided like HTML's {@code dir="auto"}: its first strong letter. */
final class Direction {

    private Direction() {
    }

    static boolean isRtl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static String dir(String text) {
        return isRtl(text) ? "rtl" : "ltr";
    }
}
