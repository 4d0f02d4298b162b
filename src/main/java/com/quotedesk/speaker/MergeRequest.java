package com.quotedesk.speaker;

import jakarta.validation.constraints.NotNull;

/** Merge the speaker in the path into speaker {@code into}. */
public record MergeRequest(@NotNull(message = "is required") Long into) {
}
