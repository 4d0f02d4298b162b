package com.quotedesk.report;

import java.util.Locale;
import java.util.Optional;

/** The formats a sourcing report is rendered in: {@code ?format=} names them, {@code Accept} may too. */
public enum ReportFormat {
    HTML("text/html; charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    MD("text/markdown; charset=UTF-8", "md"),
    CSV("text/csv; charset=UTF-8", "csv"),
    JSON("application/json", "json"),
    CLAIMREVIEW("application/ld+json", "jsonld");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ReportFormat> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
