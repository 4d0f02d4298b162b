package com.quotedesk.report;

import com.quotedesk.claim.Claim;
import com.quotedesk.report.ReportModel.ReportClaim;

import java.util.List;

/** Maps a claim entity to the report model, once, in one place. */
final class ReportClaims {

    private ReportClaims() {
    }

    static ReportClaim of(Claim c, long articleId, String permalink) {
        return new ReportClaim(c.id, articleId, c.segmentIndex + 1, c.start, c.end, c.kind, c.quote,
                Direction.isRtl(c.quote), c.speaker == null ? null : c.speaker.name,
                c.speaker == null || c.speaker.type == null ? null : c.speaker.type.name(),
                c.source == null ? null : c.source.name, c.source != null && c.source.stateMedia, c.cue, c.status,
                c.reviewedBy, c.reviewedAt, c.note, c.evidenceUrl, List.copyOf(c.flagSet()), permalink);
    }
}
