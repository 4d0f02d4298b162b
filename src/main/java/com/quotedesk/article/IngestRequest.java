package com.quotedesk.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a client sends to add an article. Only {@code text} is required. */
public record IngestRequest(
        @NotNull(message = "is required") @NotBlank(message = "must not be empty") String text,
        @Size(max = 500, message = "must be at most 500 characters") String title,
        @Size(max = 200, message = "must be at most 200 characters") String outlet,
        @Size(max = 2048, message = "must be at most 2048 characters")
        @Pattern(regexp = "^(https?://\\S+)?$", message = "must be an http(s) URL") String url,
        @Pattern(regexp = "^(ar|en)?$", message = "must be 'ar' or 'en'") String language,
        LocalDate publishedAt) {
}
