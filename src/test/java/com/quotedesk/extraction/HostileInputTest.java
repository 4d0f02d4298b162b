package com.quotedesk.extraction;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input nobody writes on purpose must neither crash the extractor nor make it slow: every pass is
 * linear, so each case gets a generous wall-clock bound that a quadratic pass would blow by far.
 */
class HostileInputTest {

    private static final Extractor EXTRACTOR = new Extractor(Lexicon.seed());
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static Extraction extractChecked(String text) {
        Extraction x = assertTimeoutPreemptively(BOUND, () -> EXTRACTOR.extract(text, null));
        for (ClaimCandidate c : x.claims()) {
            assertEquals(c.quote(), text.substring(c.start(), c.end()));
            assertTrue(c.start() < c.end());
        }
        return x;
    }

    @Test
    void fiftyThousandQuotationMarksDoNotCrashOrSlowDown() {
        StringBuilder sb = new StringBuilder("عنوان\n\n");
        String marks = "\"“”«»„";
        for (int i = 0; i < 50_000; i++) {
            sb.append(marks.charAt(i % marks.length()));
            if (i % 7 == 0) {
                sb.append(" قال ");
            }
        }
        extractChecked(sb.toString());
    }

    @Test
    void aSingleHalfMegabyteParagraphIsHandledInOnePass() throws Exception {
        String founding = Files.readString(Path.of("src/main/resources/samples/cnn-putin-north-korea.ar.txt"),
                StandardCharsets.UTF_8).replace('\n', ' ');
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 500_000) {
            sb.append(founding);
        }
        Extraction x = extractChecked(sb.toString());
        assertEquals(1, x.segments().size());
        assertTrue(x.claims().size() > 100, "the quotations are still found: " + x.claims().size());
    }

    @Test
    void deeplyNestedQuotationsAreBounded() {
        String text = "Title\n\nHe said " + "“".repeat(20_000) + "word" + "”".repeat(20_000) + " today.";
        extractChecked(text);
    }

    @Test
    void unpairedSurrogatesAndNulCharactersAreJustCharacters() {
        String text = "عنوان\n\nوقال بوتين إن “\uD800 نص \u0000 غريب \uDC00 هنا”.\u0000\n\n\uDBFF";
        Extraction x = extractChecked(text);
        assertEquals(1, x.claims().size());
    }

    @Test
    void emptyTextGivesAnEmptyExtraction() {
        Extraction x = extractChecked("");
        assertTrue(x.segments().isEmpty());
        assertTrue(x.claims().isEmpty());
    }

    @Test
    void manyShortParagraphsWithCuesStayLinear() {
        StringBuilder sb = new StringBuilder("Title\n\n");
        for (int i = 0; i < 40_000; i++) {
            sb.append("وقال إن الوكالة نقلت عن مصادر قولها إن “شيئا ما حدث” وفقا للصحيفة.\n");
        }
        extractChecked(sb.toString());
    }
}
