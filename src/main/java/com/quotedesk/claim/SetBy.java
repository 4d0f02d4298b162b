package com.quotedesk.claim;

/** Who last decided a field of a claim: the extractor or a person. A re-run never overrides a person. */
public enum SetBy {
    MACHINE, REVIEWER
}
