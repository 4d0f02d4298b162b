package com.quotedesk.claim;

import com.quotedesk.extraction.ClaimFlag;
import com.quotedesk.extraction.ClaimKind;
import com.quotedesk.speaker.Source;
import com.quotedesk.speaker.Speaker;

import java.time.Instant;
import java.util.List;

/** A claim as the API shows it. {@code article.text.substring(start, end).equals(quote)} holds. */
public record ClaimView(long id, long articleId, ClaimKind kind, String quote, int start, int end, String cue,
                        Ref speaker, Ref source, ReviewStatus status, String note, String evidenceUrl,
                        boolean dismissed, String dismissReason, List<ClaimFlag> flags, double confidence,
                        int paragraph, String speakerMention, String sourceMention, SetBy origin,
                        SetBy speakerSetBy, SetBy sourceSetBy, SetBy kindSetBy, long version, String reviewedBy,
                        Instant reviewedAt) {

    /** A registry entry named by a claim. */
    public record Ref(long id, String name) {
        static Ref of(Speaker s) {
            return s == null ? null : new Ref(s.id, s.name);
        }

        static Ref of(Source s) {
            return s == null ? null : new Ref(s.id, s.name);
        }
    }

    public static ClaimView of(Claim c) {
        return of(c, c.article.id);
    }

    /** The view of a claim whose article was not loaded (its text can be 1 MB): the id comes from the claim row. */
    public static ClaimView of(Claim c, long articleId) {
        return new ClaimView(c.id, articleId, c.kind, c.quote, c.start, c.end, c.cue, Ref.of(c.speaker),
                Ref.of(c.source), c.status, c.note, c.evidenceUrl, c.dismissed, c.dismissReason,
                List.copyOf(c.flagSet()), c.confidence, c.segmentIndex + 1, c.speakerMention, c.sourceMention,
                c.origin, c.speakerSetBy, c.sourceSetBy, c.kindSetBy, c.version, c.reviewedBy, c.reviewedAt);
    }
}
