package com.quotedesk.common;

import java.util.List;
import java.util.Optional;

/** One page of a list that can grow: {@code {"items", "total", "page", "size"}}. */
public record PageView<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;

    /** Page size clamped to 1..{@value #MAX_SIZE}; absent means 20. */
    public static int size(Integer requested) {
        if (requested == null) {
            return 20;
        }
        return Math.max(1, Math.min(MAX_SIZE, requested));
    }

    /**
     * The total when a page tells it without counting: a page that is not full, and not past the end, is
     * the last one. Empty when only a count can tell.
     */
    public static Optional<Long> knownTotal(int itemsOnPage, int page, int size) {
        if (itemsOnPage < size && (itemsOnPage > 0 || page == 0)) {
            return Optional.of((long) page * size + itemsOnPage);
        }
        return Optional.empty();
    }

    /** How many pages the total fills, at least one (an empty result is one empty page). */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** Page index clamped to 0..; absent means 0. */
    public static int page(Integer requested) {
        return requested == null ? 0 : Math.max(0, Math.min(requested, 10_000_000));
    }
}
