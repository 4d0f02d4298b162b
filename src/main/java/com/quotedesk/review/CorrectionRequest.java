package com.quotedesk.review;

import com.quotedesk.extraction.ClaimKind;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's corrections; absent fields stay as they are. {@code speaker}/{@code source} take an id,
 * a canonical name or an alias; a name the registry lacks becomes a new entry; an empty string clears.
 * {@code version}, when given, must be the current one.
 */
public record CorrectionRequest(
        @Size(max = 300, message = "must be at most 300 characters") String speaker,
        @Size(max = 300, message = "must be at most 300 characters") String source,
        ClaimKind kind,
        Integer start,
        Integer end,
        Boolean dismissed,
        @Size(max = 1000, message = "must be at most 1000 characters") String reason,
        Long version) {
}
