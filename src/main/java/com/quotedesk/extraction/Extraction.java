package com.quotedesk.extraction;

import java.util.List;

/** What the extractor makes of one article: its paragraphs and its claims in text order. */
public record Extraction(Language language, List<Segment> segments, List<ClaimCandidate> claims) {
}
