package com.quotedesk.report;

import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.extraction.ClaimFlag;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Words and formats the human-readable renderers (HTML, PDF, Markdown) share. */
final class Labels {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Labels() {
    }

    static String status(ReviewStatus s) {
        return switch (s) {
            case ATTRIBUTED -> "Attributed";
            case DISPUTED -> "Disputed";
            case UNVERIFIED -> "Unverified";
        };
    }

    static String flag(ClaimFlag f) {
        return switch (f) {
            case ANONYMOUS_SPEAKER -> "anonymous speaker";
            case INFERRED_SPEAKER -> "speaker inferred";
            case STATE_MEDIA_SOURCE -> "state media";
            case NO_SPEAKER -> "no speaker found";
            case UNBALANCED_QUOTES -> "unbalanced quotation marks";
            case NESTED_QUOTE -> "nested quote";
            case CONTINUED_QUOTE -> "continued quote";
            case SCARE_QUOTE -> "scare quote";
        };
    }

    static String flags(List<ClaimFlag> flags) {
        return flags.stream().map(Labels::flag).collect(Collectors.joining(", "));
    }

    static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** Only http(s) links are ever rendered as links; anything else is shown as text. */
    static boolean isWebLink(String url) {
        return url != null && url.matches("(?i)^https?://[^\\s<>\"'`]+$");
    }
}
