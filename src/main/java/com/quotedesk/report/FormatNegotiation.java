package com.quotedesk.report;

import com.quotedesk.common.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the report format: {@code ?format=} wins; otherwise the {@code Accept} header, best quality
 * first ({@code text/*} means HTML, {@code *}{@code /*} or no header means JSON). An unknown
 * {@code format} is a 400 naming the field; an {@code Accept} that matches nothing is a 406.
 */
final class FormatNegotiation {

    private FormatNegotiation() {
    }

    private record Range(String type, double q, int order) {
    }

    static ReportFormat choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return ReportFormat.parse(format).or(() -> alias(format)).orElseThrow(() -> ProblemException.badRequest(
                    "format", "Unknown format '" + format.strip() + "'; use one of html, pdf, md, csv, json, "
                            + "claimreview"));
        }
        if (accept == null || accept.isBlank()) {
            return ReportFormat.JSON;
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] p = parts[i].split(";");
            double q = 1;
            for (int j = 1; j < p.length; j++) {
                String param = p[j].strip();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                ranges.add(new Range(p[0].strip().toLowerCase(Locale.ROOT), q, i));
            }
        }
        ranges.sort(Comparator.comparingDouble((Range r) -> -r.q()).thenComparingInt(Range::order));
        for (Range r : ranges) {
            Optional<ReportFormat> f = match(r.type());
            if (f.isPresent()) {
                return f.get();
            }
        }
        throw new ProblemException(406, "Not Acceptable", "No report format matches Accept '" + accept.strip()
                + "'; accepted: text/html, application/pdf, text/markdown, text/csv, application/json, "
                + "application/ld+json");
    }

    private static Optional<ReportFormat> match(String type) {
        return switch (type) {
            case "*/*", "application/*" -> Optional.of(ReportFormat.JSON);
            case "text/*" -> Optional.of(ReportFormat.HTML);
            case "text/x-markdown" -> Optional.of(ReportFormat.MD);
            case "application/xhtml+xml" -> Optional.of(ReportFormat.HTML);
            default -> Arrays.stream(ReportFormat.values())
                    .filter(f -> f.mediaType().split(";")[0].equals(type)).findFirst();
        };
    }

    /** Friendly spellings of format names: the file extensions. */
    private static Optional<ReportFormat> alias(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "markdown" -> Optional.of(ReportFormat.MD);
            case "jsonld", "json-ld" -> Optional.of(ReportFormat.CLAIMREVIEW);
            default -> Optional.empty();
        };
    }
}
