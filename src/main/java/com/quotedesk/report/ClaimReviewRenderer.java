package com.quotedesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.report.ReportModel.ArticleInfo;
import com.quotedesk.report.ReportModel.Header;
import com.quotedesk.report.ReportModel.ReportClaim;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;

/**
 * schema.org {@code ClaimReview} JSON-LD, one per reviewed claim, in an {@code @graph}. Unverified claims
 * have no verdict to publish and are left out.
 *
 * <p>Rating scale (documented in docs/REPORTS.md): {@code worstRating} 1, {@code bestRating} 3;
 * 3 = "Attributed" (the reviewer confirmed who said it and where), 2 = "Unverified" (never published),
 * 1 = "Disputed" (the attribution or the words are contested).
 */
final class ClaimReviewRenderer implements ReportRenderer {

    static final int BEST = 3;
    static final int WORST = 1;

    private final ObjectMapper mapper;

    ClaimReviewRenderer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static int rating(ReviewStatus s) {
        return switch (s) {
            case ATTRIBUTED -> 3;
            case UNVERIFIED -> 2;
            case DISPUTED -> 1;
        };
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        try (JsonGenerator g = SafeJson.generator(mapper, out)) {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeArrayFieldStart("@graph");
            for (ArticleInfo a : report.articles()) {
                report.claims(a, c -> {
                    if (c.status() != ReviewStatus.UNVERIFIED) {
                        try {
                            review(g, report.header(), a, c);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void review(JsonGenerator g, Header h, ArticleInfo a, ReportClaim c) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "ClaimReview");
        g.writeStringField("url", c.permalink());
        g.writeStringField("claimReviewed", c.quote());
        if (c.reviewedAt() != null) {
            g.writeStringField("datePublished", c.reviewedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        g.writeObjectFieldStart("author");
        g.writeStringField("@type", "Organization");
        g.writeStringField("name", h.organisation());
        g.writeStringField("url", h.organisationUrl());
        g.writeEndObject();
        if (c.note() != null && !c.note().isBlank()) {
            g.writeStringField("reviewBody", c.note());
        }
        g.writeObjectFieldStart("reviewRating");
        g.writeStringField("@type", "Rating");
        g.writeNumberField("ratingValue", rating(c.status()));
        g.writeNumberField("bestRating", BEST);
        g.writeNumberField("worstRating", WORST);
        g.writeStringField("alternateName", Labels.status(c.status()));
        g.writeEndObject();
        itemReviewed(g, a, c);
        g.writeEndObject();
    }

    private static void itemReviewed(JsonGenerator g, ArticleInfo a, ReportClaim c) throws IOException {
        g.writeObjectFieldStart("itemReviewed");
        g.writeStringField("@type", "Claim");
        if (c.speaker() != null) {
            g.writeObjectFieldStart("author");
            g.writeStringField("@type", "PERSON".equals(c.speakerType()) || "ANONYMOUS".equals(c.speakerType())
                    ? "Person" : "Organization");
            g.writeStringField("name", c.speaker());
            g.writeEndObject();
        }
        if (a.publishedAt() != null) {
            g.writeStringField("datePublished", a.publishedAt().toString());
        }
        g.writeObjectFieldStart("appearance");
        g.writeStringField("@type", "CreativeWork");
        g.writeStringField("url", a.url() != null && Labels.isWebLink(a.url()) ? a.url() : a.permalink());
        if (a.title() != null) {
            g.writeStringField("headline", a.title());
        }
        if (a.publishedAt() != null) {
            g.writeStringField("datePublished", a.publishedAt().toString());
        }
        if (a.language() != null) {
            g.writeStringField("inLanguage", a.language());
        }
        if (a.outlet() != null) {
            g.writeObjectFieldStart("publisher");
            g.writeStringField("@type", "Organization");
            g.writeStringField("name", a.outlet());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
