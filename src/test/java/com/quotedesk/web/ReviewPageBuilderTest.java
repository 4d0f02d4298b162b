package com.quotedesk.web;

import com.quotedesk.claim.ClaimView;
import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.claim.SetBy;
import com.quotedesk.extraction.ClaimKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a paragraph is cut into plain text and highlighted claims; plain Java, no server. */
class ReviewPageBuilderTest {

    static final String TEXT = "He said the deal was a \"new level\" of ties, Tass reported.";

    static ReviewPage.Card card(int n, long id, int start, int end) {
        ClaimView c = new ClaimView(id, 1, ClaimKind.DIRECT, TEXT.substring(start, end), start, end, null, null, null,
                ReviewStatus.UNVERIFIED, null, null, false, null, List.of(), 1, 1, null, null, SetBy.MACHINE,
                SetBy.MACHINE, SetBy.MACHINE, SetBy.MACHINE, 0, null, null);
        return ReviewPageBuilder.card(n, c);
    }

    @Test
    void shouldKeepTheTextExactlyWhenCutAroundNestedClaims() {
        int outerStart = TEXT.indexOf("the deal");
        int outerEnd = TEXT.indexOf(", Tass");
        int innerStart = TEXT.indexOf("new level");
        int innerEnd = innerStart + "new level".length();
        List<ReviewPage.Card> cards = List.of(card(1, 10, outerStart, outerEnd), card(2, 11, innerStart, innerEnd));

        List<ReviewPage.Piece> pieces = ReviewPageBuilder.pieces(TEXT, 0, TEXT.length(), cards);

        assertEquals(TEXT, pieces.stream().map(ReviewPage.Piece::text).collect(Collectors.joining()),
                "pieces put together are the paragraph, character for character");
        for (ReviewPage.Piece p : pieces) {
            assertEquals(TEXT.substring(p.start(), p.start() + p.text().length()), p.text(), "offset of " + p.text());
        }
        ReviewPage.Piece inner = pieces.stream().filter(p -> p.text().equals("new level")).findFirst().orElseThrow();
        assertEquals(11, inner.claim().claim().id(), "the inner quote shows as itself");
        assertTrue(inner.nested() && inner.anchor(), "nested, and where claim 11 starts");
        assertEquals(List.of(11L), inner.ends().stream().map(c -> c.claim().id()).toList());
        ReviewPage.Piece outerFirst = pieces.stream().filter(p -> p.start() == outerStart).findFirst().orElseThrow();
        assertTrue(outerFirst.anchor() && !outerFirst.nested());
        assertNull(pieces.get(0).claim(), "text before any claim is plain");
        assertFalse(pieces.get(pieces.size() - 1).anchor());
    }

    @Test
    void shouldClipClaimsToTheParagraphAndAnchorOnlyWhereTheyStart() {
        int cut = TEXT.indexOf(" of ties");
        List<ReviewPage.Card> cards = List.of(card(1, 20, TEXT.indexOf("deal"), TEXT.indexOf(", Tass")));
        List<ReviewPage.Piece> first = ReviewPageBuilder.pieces(TEXT, 0, cut, cards);
        List<ReviewPage.Piece> second = ReviewPageBuilder.pieces(TEXT, cut, TEXT.length(), cards);
        assertEquals(1, first.stream().filter(ReviewPage.Piece::anchor).count(), "one anchor, in the first paragraph");
        assertEquals(0, second.stream().filter(ReviewPage.Piece::anchor).count(), "no duplicate id further on");
        assertEquals(1, second.stream().mapToLong(p -> p.ends().size()).sum(), "the mark where the claim ends");
        assertEquals(TEXT.substring(cut), second.stream().map(ReviewPage.Piece::text).collect(Collectors.joining()));
    }
}
