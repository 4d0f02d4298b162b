package com.quotedesk.review;

import java.time.Instant;
import java.util.List;

/** One recorded change of a claim: who, when, which fields went from what to what, and the note then. */
public record HistoryEntry(long revision, Instant at, String by, String action, List<Change> changes,
                           String note) {

    public record Change(String field, String from, String to) {
    }
}
