package com.quotedesk.extraction;

import com.quotedesk.extraction.QuoteScanner.Quote;

import java.util.List;

/**
 * Which tokens of the body paragraph being read stand inside its quotations. Every rule that reads a
 * speaker, a channel or a clause skips or stops at them; one mask per paragraph, reused.
 */
final class QuotedTokens {

    private final Tokens t;
    private int paraFrom;
    private boolean[] quoted = new boolean[256];

    QuotedTokens(Tokens t) {
        this.t = t;
    }

    /** Marks the tokens inside {@code paraQuotes} for the paragraph of tokens [a, b). */
    void mark(int a, int b, List<Quote> paraQuotes) {
        paraFrom = a;
        if (quoted.length < b - a) {
            quoted = new boolean[Math.max(b - a, quoted.length * 2)];
        }
        java.util.Arrays.fill(quoted, 0, b - a, false);
        for (Quote q : paraQuotes) {
            int qa = t.indexAt(q.open());
            int qb = q.close() < 0 ? b : t.indexAt(q.close()) + 1;
            for (int i = qa; i < qb && i < b; i++) {
                quoted[i - a] = true;
            }
        }
    }

    /** Whether token {@code i} lies inside a quotation of the paragraph. */
    boolean contains(int i) {
        return i >= paraFrom && i - paraFrom < quoted.length && quoted[i - paraFrom];
    }

    /** The paragraph's first token. */
    int from() {
        return paraFrom;
    }
}
