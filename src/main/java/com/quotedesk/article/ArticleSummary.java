package com.quotedesk.article;

import java.time.Instant;
import java.time.LocalDate;

/** An article in a list: its metadata and review progress, without the text. */
public record ArticleSummary(long id, String title, String outlet, String url, String language,
                             LocalDate publishedAt, String ingestedBy, Instant ingestedAt, int claimCount,
                             long reviewedCount) {

    public static ArticleSummary of(Article a, long reviewed) {
        return new ArticleSummary(a.id, a.title, a.outlet, a.url, a.language, a.publishedAt, a.ingestedBy,
                a.ingestedAt, a.claimCount, reviewed);
    }
}
