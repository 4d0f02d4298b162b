package com.quotedesk.extraction;

/** Hints for a reviewer; stored with the claim. */
public enum ClaimFlag {
    /** "an unnamed US official", "sources who asked not to be named". */
    ANONYMOUS_SPEAKER,
    /** "and he said" with no name: the speaker was carried over from earlier in the text. */
    INFERRED_SPEAKER,
    /** The words came through state media (TASS, KCNA, ...). */
    STATE_MEDIA_SOURCE,
    /** Nobody could be found who said it. */
    NO_SPEAKER,
    /** Quotation marks around the claim do not pair up. */
    UNBALANCED_QUOTES,
    /** The quotation stands inside another one. */
    NESTED_QUOTE,
    /** The quotation runs on over more than one paragraph. */
    CONTINUED_QUOTE,
    /** Marks around a word or two that may be emphasis rather than a quotation. */
    SCARE_QUOTE
}
