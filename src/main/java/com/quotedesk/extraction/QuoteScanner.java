package com.quotedesk.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs quotation marks paragraph by paragraph in one pass. Direction comes from the context of a mark
 * (space before and a letter after opens; a letter before and space or punctuation after closes), not
 * from its shape, because Arabic texts use “…”, ”…“ and mixed "…“ alike. Guillemets keep their
 * direction. A quotation left open at the end of a paragraph is closed there: it is a continued
 * quotation when the next body paragraph reopens the mark (captions and credits in between are
 * skipped), and an unbalanced one otherwise. A closing mark with nothing open is flagged, never paired.
 */
final class QuoteScanner {

    /** One quotation: marks at {@code open}/{@code close} (-1 when it runs to the paragraph end). */
    record Quote(int open, int close, int start, int end, int segment, int depth, boolean single,
                 boolean continues, Set<ClaimFlag> flags) {
    }

    private QuoteScanner() {
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB'
                || c == '\u201F' || c == '\u2033';
    }

    static List<Quote> scan(String text, List<Segment> segments, Language lang) {
        List<Quote> out = new ArrayList<>();
        boolean carry = false; // the previous body paragraph ended inside a quotation
        for (int si = 0; si < segments.size(); si++) {
            Segment seg = segments.get(si);
            if (seg.kind() != SegmentKind.BODY && seg.kind() != SegmentKind.TITLE) {
                continue;
            }
            boolean continues = carry && startsWithMark(text, seg.start(), seg.end());
            carry = scanParagraph(text, segments, si, lang, continues, out);
        }
        return out;
    }

    private static boolean scanParagraph(String text, List<Segment> segments, int si, Language lang,
                                         boolean continues, List<Quote> out) {
        Segment seg = segments.get(si);
        int s = seg.start();
        int e = seg.end();
        int first = out.size();
        int[] stack = new int[8];
        int depth = 0;
        boolean firstQuote = true;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (!isDoubleMark(c)) {
                continue;
            }
            boolean before = i == s || opensAfter(text.charAt(i - 1));
            boolean after = i + 1 >= e || closesBefore(text.charAt(i + 1));
            boolean openLike = before && !after;
            boolean closeLike = !before && after;
            if (c == '\u00AB' && depth == 0) {
                openLike = true;
                closeLike = false;
            } else if (c == '\u00BB' && depth > 0) {
                openLike = false;
                closeLike = true;
            }
            boolean open = openLike && !closeLike ? true : closeLike && !openLike ? false : depth == 0;
            if (open && depth > 0 && lang == Language.EN && reopens(text, s, i, stack[depth - 1])) {
                continue; // "One sentence. "Another." – the same quotation reopened at a new sentence
            }
            if (open) {
                if (depth == stack.length) {
                    // deeper nesting than any text uses: treat the mark as closing the innermost one
                    open = false;
                } else {
                    stack[depth++] = i;
                    continue;
                }
            }
            if (depth == 0) {
                flagLast(out, first, ClaimFlag.UNBALANCED_QUOTES); // a closing mark with nothing open
                continue;
            }
            int o = stack[--depth];
            boolean cont = continues && firstQuote && o == firstMark(text, s, e);
            add(out, text, o, i, o + 1, i, si, depth, false, cont, null);
            firstQuote = false;
        }
        boolean carry = false;
        if (depth > 0) {
            int o = stack[0];
            boolean next = nextBodyStartsWithMark(text, segments, si);
            boolean cont = continues && firstQuote && o == firstMark(text, s, e);
            int before = out.size();
            add(out, text, o, -1, o + 1, e, si, 0, false, cont,
                    next ? ClaimFlag.CONTINUED_QUOTE : ClaimFlag.UNBALANCED_QUOTES);
            if (!next && out.size() == before) {
                flagLast(out, first, ClaimFlag.UNBALANCED_QUOTES); // a stray mark at the paragraph end
            }
            carry = next;
        }
        if (lang == Language.EN || seg.kind() == SegmentKind.TITLE) {
            scanSingles(text, s, e, si, out, first);
        }
        return carry;
    }

    /** '…' and ‘…’ where they clearly quote: opened after a space, closed before one, short, in one paragraph. */
    private static void scanSingles(String text, int s, int e, int si, List<Quote> out, int first) {
        List<Quote> doubles = new ArrayList<>(out.subList(first, out.size()));
        doubles.sort((x, y) -> Integer.compare(x.open(), y.open()));
        int next = 0;
        int insideUntil = -1; // the furthest end of a double quotation opened before i
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if ((c != '\'' && c != '\u2018') || !(i == s || opensAfter(text.charAt(i - 1)))
                    || i + 1 >= e || !Character.isLetter(text.charAt(i + 1))) {
                continue;
            }
            int limit = Math.min(e, i + 160);
            for (int j = i + 2; j < limit; j++) {
                char d = text.charAt(j);
                if (isDoubleMark(d)) {
                    break;
                }
                if ((d == '\'' || d == '\u2019') && !Character.isWhitespace(text.charAt(j - 1))
                        && (j + 1 >= e || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                    while (next < doubles.size() && doubles.get(next).open() < i) {
                        Quote dq = doubles.get(next++);
                        insideUntil = Math.max(insideUntil, dq.close() < 0 ? e : dq.close());
                    }
                    if (i >= insideUntil) {
                        add(out, text, i, j, i + 1, j, si, 0, true, false, null);
                    }
                    i = j;
                    break;
                }
            }
        }
    }

    private static void add(List<Quote> out, String text, int open, int close, int from, int to, int si, int depth,
                            boolean single, boolean continues, ClaimFlag flag) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
        if (flag != null) {
            flags.add(flag);
        }
        if (continues) {
            flags.add(ClaimFlag.CONTINUED_QUOTE);
        }
        if (depth > 0) {
            flags.add(ClaimFlag.NESTED_QUOTE);
        }
        out.add(new Quote(open, close, from, to, si, depth, single, continues, flags));
    }

    private static void flagLast(List<Quote> out, int first, ClaimFlag flag) {
        if (out.size() > first) {
            out.get(out.size() - 1).flags().add(flag);
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** A mark after this character opens (space, start, opening punctuation). */
    private static boolean opensAfter(char p) {
        return isSpace(p) || "([{\u2014\u2013-:\u060C,\u061B/".indexOf(p) >= 0;
    }

    /** A mark before this character closes (space, end, closing punctuation). */
    private static boolean closesBefore(char n) {
        return isSpace(n) || ".,\u060C:;\u061B!?\u061F)]}\u2014\u2013-\u2026".indexOf(n) >= 0 || isDoubleMark(n)
                || n == '\'' || n == '\u2019';
    }

    /**
     * English news reopens a quotation at each new sentence of the same speaker and closes only the last
     * one ("We agree. "It is done."): a mark of the open one's shape after a sentence's full stop and a
     * space, before a capital, continues the quotation rather than nesting a new one.
     */
    private static boolean reopens(String text, int s, int i, int openMark) {
        if (text.charAt(i) != text.charAt(openMark) || i + 1 >= text.length()
                || !Character.isUpperCase(text.charAt(i + 1))) {
            return false;
        }
        int j = i - 1;
        if (j < s || !isSpace(text.charAt(j))) {
            return false;
        }
        while (j > s && isSpace(text.charAt(j))) {
            j--;
        }
        char p = text.charAt(j);
        return p == '.' || p == '?' || p == '!' || p == '\u2026';
    }

    private static int firstMark(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (isDoubleMark(text.charAt(i))) {
                return i;
            }
            if (!isSpace(text.charAt(i))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsWithMark(String text, int s, int e) {
        return firstMark(text, s, e) >= 0;
    }

    private static boolean nextBodyStartsWithMark(String text, List<Segment> segments, int si) {
        for (int k = si + 1; k < segments.size(); k++) {
            Segment n = segments.get(k);
            if (n.kind() == SegmentKind.BODY) {
                return startsWithMark(text, n.start(), n.end());
            }
            if (n.kind() != SegmentKind.CAPTION && n.kind() != SegmentKind.CREDIT) {
                return false;
            }
        }
        return false;
    }
}
