package com.quotedesk.extraction;

/** One paragraph of the article: {@code text.substring(start, end)} is the paragraph without its line break. */
public record Segment(int index, int start, int end, SegmentKind kind) {
}
