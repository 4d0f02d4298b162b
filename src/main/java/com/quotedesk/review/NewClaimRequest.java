package com.quotedesk.review;

import com.quotedesk.extraction.ClaimKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A claim the extractor missed, given by its offsets in the article text. */
public record NewClaimRequest(
        @NotNull(message = "is required") Integer start,
        @NotNull(message = "is required") Integer end,
        ClaimKind kind,
        @Size(max = 300, message = "must be at most 300 characters") String speaker,
        @Size(max = 300, message = "must be at most 300 characters") String source,
        @Size(max = 200, message = "must be at most 200 characters") String cue,
        @Size(max = 4000, message = "must be at most 4000 characters") String note) {
}
