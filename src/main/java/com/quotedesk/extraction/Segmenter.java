package com.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts an article into paragraphs (one per non-blank line) and says what each one is, from the
 * shape of the line alone: photo credits are short lists of agencies and photographers separated by
 * slashes; a caption stands next to a credit or ends in "Image: …"; boilerplate is the outlet line,
 * an update note, a sources/categories section, or a closing one-line bio in quotation marks.
 */
final class Segmenter {

    private static final Set<String> MONTHS = Words.set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس",
            "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
            "السبت");
    /** Folded openings of notes that end a story: "this story has been updated", "هذه القصة تم تحديثها". */
    private static final List<String> END_NOTES = List.of("this story has been updated", "this article has been updated",
            "this story was updated", "this is a developing story", "هذه القصه تم تحديثها", "تم تحديث هذه القصه",
            "هذه القصه محدثه", "هذا الخبر تم تحديثه", "تم تحديث هذا الخبر", "هذه قصه متطوره");
    /** Headings after which only references follow. */
    private static final Set<String> END_HEADINGS = Words.set("sources", "source", "references", "see also",
            "external links", "related news", "related stories", "المصادر", "مصادر", "اقرا ايضا", "اقرأ ايضا",
            "read more", "related");
    private static final Set<String> CREDIT_WORDS = Words.set("getty", "images", "afp", "reuters", "ap", "epa",
            "stringer", "pool", "غيتي", "جيتي", "ايماجز", "ايماجيس", "انترناشونال", "بول", "فرانس", "برس");

    private Segmenter() {
    }

    static List<Segment> segment(String text, Tokens tokens, Lexicon lexicon) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (!isBlank(text, start, lineEnd)) {
                lines.add(new int[] {start, lineEnd});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        SegmentKind[] kinds = new SegmentKind[lines.size()];
        boolean ended = false;
        boolean seenBody = false;
        for (int i = 0; i < lines.size(); i++) {
            int s = lines.get(i)[0];
            int e = lines.get(i)[1];
            String head = foldedHead(tokens, s, e, 8);
            int words = wordCount(tokens, s, e);
            SegmentKind kind;
            if (ended) {
                kind = SegmentKind.BOILERPLATE;
            } else if (startsWithAny(head, END_NOTES)) {
                kind = SegmentKind.BOILERPLATE;
                ended = true;
            } else if (END_HEADINGS.contains(head) || head.startsWith("categories")) {
                kind = SegmentKind.BOILERPLATE;
                ended = true;
            } else if (words == 0 || words <= 6 && isWholeLexiconName(tokens, s, e, lexicon)) {
                kind = SegmentKind.BOILERPLATE;
            } else if (words <= 14 && isCredit(text, tokens, s, e, words)) {
                kind = SegmentKind.CREDIT;
            } else if (i > 0 && kinds[i - 1] == SegmentKind.CREDIT && !startsWithQuote(text, s)
                    || words <= 40 && hasImageCredit(tokens, s, e)) {
                kind = SegmentKind.CAPTION;
            } else if (!seenBody && words <= 8 && isDateline(tokens, s, e)) {
                kind = SegmentKind.DATELINE;
            } else if (!seenBody && i == firstNonBoilerplate(kinds, i) && isHeadline(text, words, e)) {
                kind = SegmentKind.TITLE;
            } else if (i == lines.size() - 1 && seenBody && isQuotedTagline(text, tokens, s, e)) {
                kind = SegmentKind.BOILERPLATE;
            } else {
                kind = SegmentKind.BODY;
                seenBody = true;
            }
            kinds[i] = kind;
        }
        List<Segment> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(new Segment(i, lines.get(i)[0], lines.get(i)[1], kinds[i]));
        }
        return out;
    }

    private static int firstNonBoilerplate(SegmentKind[] kinds, int upTo) {
        for (int i = 0; i < upTo; i++) {
            if (kinds[i] != SegmentKind.BOILERPLATE) {
                return i;
            }
        }
        return upTo;
    }

    private static boolean isBlank(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** Words that can open an end note or heading; other lines need no folded head at all. */
    private static final Set<String> HEAD_WORDS = Words.set("this", "هذه", "تم", "هذا", "sources", "source",
            "references", "see", "external", "related", "المصادر", "مصادر", "اقرا", "read", "categories");

    private static String foldedHead(Tokens t, int s, int e, int words) {
        int first = t.indexAt(s);
        if (first >= t.size() || t.start(first) >= e || !HEAD_WORDS.contains(t.key(first))) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = t.indexAt(s); i < t.size() && t.start(i) < e && words > 0; i++) {
            if (t.isWord(i)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.key(i));
                words--;
            }
        }
        return sb.toString();
    }

    private static boolean startsWithAny(String head, List<String> prefixes) {
        for (String p : prefixes) {
            if (head.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static int wordCount(Tokens t, int s, int e) {
        int c = 0;
        for (int i = t.indexAt(s); i < t.size() && t.start(i) < e; i++) {
            if (t.isWord(i)) {
                c++;
            }
        }
        return c;
    }

    private static boolean isWholeLexiconName(Tokens t, int s, int e, Lexicon lexicon) {
        int a = t.indexAt(s);
        int b = t.indexAt(e);
        if (b - a > 6 || b == a) {
            return false;
        }
        Lexicon.Alias m = LexiconMatcher.longest(lexicon, t, a, b);
        return m != null && a + m.keys().length == b;
    }

    /** "A / B / وكالة فرانس برس / غيتي إيماجز", "Stringer / Getty Images", "ايتار-تاس/ا ف ب". */
    private static boolean isCredit(String text, Tokens t, int s, int e, int words) {
        char last = text.charAt(e - 1);
        int slashes = 0;
        int creditWords = 0;
        for (int i = t.indexAt(s); i < t.size() && t.start(i) < e; i++) {
            if (!t.isWord(i) && text.charAt(t.start(i)) == '/') {
                slashes++;
            } else if (t.isWord(i) && CREDIT_WORDS.contains(t.key(i))) {
                creditWords++;
            }
        }
        boolean sentence = last == '.' && words > 6;
        return !sentence && (slashes > 0 || creditWords >= 2 && words <= 4);
    }

    private static boolean hasImageCredit(Tokens t, int s, int e) {
        for (int i = t.indexAt(s); i + 1 < t.size() && t.start(i + 1) < e; i++) {
            String k = t.key(i);
            if (("image".equals(k) || "photo".equals(k) || "صوره".equals(k)) && !t.isWord(i + 1)
                    && (t.end(i + 1) - t.start(i + 1)) == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithQuote(String text, int s) {
        return QuoteScanner.isDoubleMark(text.charAt(s));
    }

    private static boolean isDateline(Tokens t, int s, int e) {
        boolean month = false;
        boolean digit = false;
        for (int i = t.indexAt(s); i < t.size() && t.start(i) < e; i++) {
            String k = t.key(i);
            if (k != null && MONTHS.contains(k)) {
                month = true;
            } else if (k != null && Character.isDigit(k.charAt(0))) {
                digit = true;
            }
        }
        return month && digit;
    }

    private static boolean isHeadline(String text, int words, int e) {
        char last = text.charAt(e - 1);
        return words <= 25 && last != '.' && last != '\u061F' && last != ':';
    }

    /** A closing line in quotation marks made of short fragments: an author tagline, not a quotation. */
    private static boolean isQuotedTagline(String text, Tokens t, int s, int e) {
        if (!QuoteScanner.isDoubleMark(text.charAt(s))) {
            return false;
        }
        int fragments = 0;
        int words = 0;
        int longest = 0;
        for (int i = t.indexAt(s); i < t.size() && t.start(i) < e; i++) {
            if (t.isWord(i)) {
                words++;
            } else if (text.charAt(t.start(i)) == '.') {
                fragments++;
                longest = Math.max(longest, words);
                words = 0;
            }
        }
        return fragments >= 3 && longest <= 5;
    }
}
