package com.quotedesk.web;

import com.quotedesk.article.ArticleView;
import com.quotedesk.claim.ClaimView;
import com.quotedesk.extraction.SegmentKind;
import com.quotedesk.report.ReportFormat;
import com.quotedesk.review.HistoryEntry;

import java.util.List;
import java.util.Map;

/**
 * Everything the article review page shows: the text cut into paragraphs and pieces (plain text or a
 * highlighted claim), and one card per claim with its review form.
 */
public record ReviewPage(ArticleView article, List<Para> paragraphs, List<Card> cards, long dismissedCount,
                         List<String> speakerNames, List<String> sourceNames, List<ReportFormat> formats,
                         AddForm addForm) {

    /** One paragraph; {@code minor} ones (captions, credits, boilerplate) are shown de-emphasised. */
    public record Para(int index, int start, SegmentKind kind, boolean minor, List<Piece> pieces) {
    }

    /**
     * A run of text starting at {@code start} in the article. {@code claim} is the innermost claim covering
     * it (null for plain text); {@code anchor} says the claim starts here; {@code ends} are the claims that
     * end here, each followed by its number and status mark; {@code nested} when it lies inside another claim.
     */
    public record Piece(int start, String text, Card claim, boolean anchor, List<Long> otherAnchors,
                        List<Card> ends, boolean nested) {
    }

    /**
     * A claim in the list with what its form shows: the stored values, or the reviewer's own input when
     * a save failed ({@code errors}) or met someone else's newer save ({@code conflict}).
     */
    public record Card(int number, ClaimView claim, String status, String note, String evidenceUrl, String speaker,
                       String source, String reason, long version, Map<String, String> errors,
                       Conflict conflict) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        public boolean detailsOpen() {
            return hasErrors() || conflict != null || !speaker.isEmpty() && claim.speaker() == null
                    || !evidenceUrl.isEmpty();
        }
    }

    /** Someone else saved first: who, and which fields now differ from what this reviewer saw. */
    public record Conflict(String by, List<HistoryEntry.Change> changes) {
    }

    /** The add-a-missed-claim form, with its input and errors after a failed try. */
    public record AddForm(String start, String end, String exact, String speaker, String source, String kind,
                          Map<String, String> errors) {

        public static AddForm empty() {
            return new AddForm("", "", "", "", "", "DIRECT", Map.of());
        }

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }
}
