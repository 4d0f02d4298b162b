package com.quotedesk.article;

import com.quotedesk.extraction.SegmentKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One article with its text and paragraphs. */
public record ArticleView(long id, String title, String outlet, String url, String language,
                          LocalDate publishedAt, String contentHash, String ingestedBy, Instant ingestedAt,
                          int claimCount, long reviewedCount, String text, List<SegmentView> segments) {

    public record SegmentView(int index, int start, int end, SegmentKind kind) {
    }

    public static ArticleView of(Article a, long reviewed, List<ArticleSegment> segments) {
        return new ArticleView(a.id, a.title, a.outlet, a.url, a.language, a.publishedAt, a.contentHash,
                a.ingestedBy, a.ingestedAt, a.claimCount, reviewed, a.text,
                segments.stream().map(s -> new SegmentView(s.index, s.start, s.end, s.kind)).toList());
    }
}
