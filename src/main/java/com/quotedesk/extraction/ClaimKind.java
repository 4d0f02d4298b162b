package com.quotedesk.extraction;

/** DIRECT: the words inside quotation marks. REPORTED: attributed speech without marks. */
public enum ClaimKind {
    DIRECT, REPORTED
}
