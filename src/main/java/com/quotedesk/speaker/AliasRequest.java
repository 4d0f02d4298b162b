package com.quotedesk.speaker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new alias for a speaker or source. */
public record AliasRequest(@NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String alias) {
}
