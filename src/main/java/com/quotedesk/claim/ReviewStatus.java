package com.quotedesk.claim;

/** Where a claim stands in review. Every new claim is UNVERIFIED. */
public enum ReviewStatus {
    UNVERIFIED, ATTRIBUTED, DISPUTED
}
