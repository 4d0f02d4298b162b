package com.quotedesk.review;

import com.quotedesk.claim.ReviewStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A reviewer's verdict on a claim, made against the {@code version} the reviewer saw. */
public record ReviewRequest(
        @NotNull(message = "is required") ReviewStatus status,
        @Size(max = 4000, message = "must be at most 4000 characters") String note,
        @Size(max = 2048, message = "must be at most 2048 characters")
        @Pattern(regexp = "^(https?://\\S+)?$", message = "must be an http(s) URL") String evidenceUrl,
        @NotNull(message = "is required: the version of the claim you reviewed") Long version) {
}
