package com.quotedesk.extraction;

import java.util.Set;

/**
 * One claim the extractor found. {@code article.substring(start, end).equals(quote)} always holds.
 *
 * @param segmentIndex index of the paragraph the claim starts in
 * @param cue          the attributing words ("قال", "according to"), or null
 * @param speaker      who said it, or null when nobody was found
 * @param source       the channel it came through, or null when the article quotes the speaker directly
 * @param confidence   0..1, how sure the extractor is of the speaker and span
 */
public record ClaimCandidate(ClaimKind kind, int start, int end, String quote, String cue, int segmentIndex,
                             Mention speaker, Mention source, Set<ClaimFlag> flags, double confidence) {
}
