package com.quotedesk.speaker;

import com.quotedesk.extraction.PartyType;

import java.util.List;
import java.util.Map;

/**
 * A speaker or source in the registry with its aliases and how many claims name it, by status
 * ({@code UNVERIFIED}, {@code ATTRIBUTED}, {@code DISPUTED}, {@code DISMISSED}).
 */
public record PartyView(long id, String name, PartyType type, boolean stateMedia, List<String> aliases,
                        long claimCount, Map<String, Long> byStatus) {
}
