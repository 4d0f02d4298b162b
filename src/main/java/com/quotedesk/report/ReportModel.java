package com.quotedesk.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.extraction.ClaimFlag;
import com.quotedesk.extraction.ClaimKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The one report model every renderer reads. Header and summary are small and built up front from
 * aggregate queries; claims are never collected here but handed to renderers page by page (see
 * {@link Report}), so a report over any number of claims streams.
 */
public final class ReportModel {

    private ReportModel() {
    }

    /** What the report is about, and when and by whom it was made. */
    public record Header(String kind, String subject, String language, Instant generatedAt, String generatedBy,
                         String organisation, String organisationUrl, ArticleInfo article,
                         List<PartyRef> speakers) {
        public boolean rtl() {
            return "ar".equals(language);
        }
    }

    /** An article named in a report. */
    public record ArticleInfo(long id, String title, String outlet, String url, String language,
                              LocalDate publishedAt, String permalink, long claimCount) {
        public boolean rtl() {
            return "ar".equals(language);
        }
    }

    public record PartyRef(Long id, String name) {
    }

    /** Claims counted by status; {@code dismissed} ones are left out of every other figure. */
    public record StatusCounts(long attributed, long disputed, long unverified) {
        @JsonProperty("total")
        public long total() {
            return attributed + disputed + unverified;
        }

        @JsonProperty("reviewed")
        public long reviewed() {
            return attributed + disputed;
        }

        public long of(ReviewStatus s) {
            return switch (s) {
                case ATTRIBUTED -> attributed;
                case DISPUTED -> disputed;
                case UNVERIFIED -> unverified;
            };
        }
    }

    /** A speaker or source with its claims by status; {@code id} null means "none named". */
    public record PartyCount(Long id, String name, StatusCounts counts) {
    }

    public record Summary(StatusCounts byStatus, long dismissed, double reviewedShare, List<PartyCount> perSpeaker,
                          List<PartyCount> perSource, long anonymousSpeaker, long stateMediaOnly,
                          long inferredSpeaker, long noSpeaker) {
    }

    /** One claim as a report shows it. {@code paragraph} counts from 1. */
    public record ReportClaim(long id, long articleId, int paragraph, int start, int end, ClaimKind kind,
                              String quote, boolean rtl, String speaker, String speakerType, String source,
                              boolean stateMediaSource, String cue,
                              ReviewStatus status, String reviewedBy, Instant reviewedAt, String note,
                              String evidenceUrl, List<ClaimFlag> flags, String permalink) {
    }
}
