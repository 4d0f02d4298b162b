package com.quotedesk.extraction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article Quotedesk was built for: its paragraph classes and the review hints on its claims. The
 * spans, speakers and sources are checked against the gold file by {@link CorpusEvaluationTest}.
 */
class FoundingArticleTest {

    private static final String TEXT = read();
    private static final Extraction X = new Extractor(Lexicon.seed()).extract(TEXT, null);

    private static String read() {
        try (InputStream in = FoundingArticleTest.class.getResourceAsStream("/samples/cnn-putin-north-korea.ar.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SegmentKind kindOfLineStartingWith(String start) {
        return X.segments().stream().filter(s -> TEXT.startsWith(start, s.start())).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + start)).kind();
    }

    @Test
    void isDetectedAsArabic() {
        assertEquals(Language.AR, X.language());
        assertEquals(43, X.segments().size());
    }

    @Test
    void outletLineAndDashAreNotBody() {
        assertEquals(SegmentKind.BOILERPLATE, X.segments().get(0).kind());
        assertEquals(SegmentKind.BOILERPLATE, X.segments().get(1).kind());
    }

    @Test
    void photoCreditListsAreCredits() {
        assertEquals(SegmentKind.CREDIT, kindOfLineStartingWith("غافرييل غريغوروف / بول"));
        assertEquals(SegmentKind.CREDIT, kindOfLineStartingWith("سترينجر / جيتي"));
        assertEquals(SegmentKind.CREDIT, kindOfLineStartingWith("فلاديمير سميرنوف / سبوتنيك"));
        assertEquals(SegmentKind.CREDIT, kindOfLineStartingWith("ايتار-تاس/ا ف ب"));
    }

    @Test
    void theLineAfterEachCreditIsItsCaption() {
        List<Segment> s = X.segments();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.get(i).kind() == SegmentKind.CREDIT) {
                assertEquals(SegmentKind.CAPTION, s.get(i + 1).kind(), "after credit " + i);
            }
        }
    }

    @Test
    void updateNoteAndAuthorBioAreBoilerplateWithNoClaim() {
        assertEquals(SegmentKind.BOILERPLATE, kindOfLineStartingWith("هذة القصة تم تحديثها"));
        assertEquals(SegmentKind.BOILERPLATE, kindOfLineStartingWith("“صانع الموسيقى"));
        int bio = TEXT.indexOf("“صانع الموسيقى");
        assertTrue(X.claims().stream().allMatch(c -> c.end() <= TEXT.indexOf("هذة القصة")));
        assertTrue(bio > 0);
    }

    @Test
    void noClaimComesFromCaptionsOrCredits() {
        for (ClaimCandidate c : X.claims()) {
            assertEquals(SegmentKind.BODY, X.segments().get(c.segmentIndex()).kind(), c.toString());
        }
    }

    @Test
    void strayClosingMarkAfterKimsQuoteIsFlaggedNotPaired() {
        ClaimCandidate c = X.claims().stream().filter(x -> x.quote().startsWith("لحماية سيادتها")).findFirst()
                .orElseThrow();
        assertTrue(c.flags().contains(ClaimFlag.UNBALANCED_QUOTES));
    }

    @Test
    void saidAfterTheCaptionIsTheLastBodySpeakerAndFlaggedInferred() {
        ClaimCandidate c = X.claims().stream().filter(x -> x.quote().startsWith("المجالات السياسية")).findFirst()
                .orElseThrow();
        assertEquals("Vladimir Putin", c.speaker().name());
        assertTrue(c.flags().contains(ClaimFlag.INFERRED_SPEAKER));
    }

    @Test
    void tassQuotesAreFlaggedAsStateMedia() {
        ClaimCandidate c = X.claims().stream().filter(x -> x.quote().startsWith("مآثر الأجيال")).findFirst()
                .orElseThrow();
        assertEquals("Kim Jong Un", c.speaker().name());
        assertEquals("TASS", c.source().name());
        assertTrue(c.flags().contains(ClaimFlag.STATE_MEDIA_SOURCE));
    }

    @Test
    void unnamedUsOfficialIsAnAnonymousParty() {
        ClaimCandidate c = X.claims().stream().filter(x -> x.quote().startsWith("وأطلقت القوات الروسية")).findFirst()
                .orElseThrow();
        assertEquals(PartyType.ANONYMOUS, c.speaker().type());
        assertTrue(c.flags().contains(ClaimFlag.ANONYMOUS_SPEAKER));
    }

    @Test
    void speakerNamesHaveCleanBoundaries() {
        for (ClaimCandidate c : X.claims()) {
            if (c.speaker() != null && c.speaker().start() >= 0) {
                String m = c.speaker().text();
                assertEquals(m, TEXT.substring(c.speaker().start(), c.speaker().end()));
                assertTrue(!m.startsWith("و") || m.startsWith("وسائل") || m.startsWith("وكالة"), m);
            }
        }
    }
}
