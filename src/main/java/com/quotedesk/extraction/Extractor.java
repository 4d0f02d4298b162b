package com.quotedesk.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the claims in an article. Plain Java, thread-safe, no framework: the service, tests and
 * benchmarks call it the same way.
 */
public final class Extractor {

    private final Lexicon lexicon;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** @param language the article's language, or null to detect it */
    public Extraction extract(String text, Language language) {
        Language lang = language != null ? language : Language.detect(text);
        List<Segment> segments = new ArrayList<>();
        List<ClaimCandidate> claims = new ArrayList<>();
        int start = 0;
        int index = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (!text.substring(start, lineEnd).isBlank()) {
                segments.add(new Segment(index, start, lineEnd, SegmentKind.BODY));
                findQuotes(text, start, lineEnd, index, claims);
                index++;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return new Extraction(lang, segments, claims);
    }

    private static void findQuotes(String text, int from, int to, int segment, List<ClaimCandidate> out) {
        int i = from;
        while (i < to) {
            char open = text.charAt(i);
            char close = switch (open) {
                case '\u201C' -> '\u201D';
                case '\u00AB' -> '\u00BB';
                case '"' -> '"';
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            int j = text.indexOf(close, i + 1);
            if (j < 0 || j >= to) {
                break;
            }
            String quote = text.substring(i + 1, j).strip();
            int qs = text.indexOf(quote, i + 1);
            if (!quote.isEmpty()) {
                out.add(new ClaimCandidate(ClaimKind.DIRECT, qs, qs + quote.length(), quote, null, segment,
                        null, null, EnumSet.of(ClaimFlag.NO_SPEAKER), 0.3));
            }
            i = j + 1;
        }
    }
}
