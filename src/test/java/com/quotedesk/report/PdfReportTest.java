package com.quotedesk.report;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import static com.quotedesk.report.ReportFixture.admin;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF: text extracted with PDFBox must hold every Arabic quote (compared after NFKC, which folds
 * presentation forms, and without white space, which line breaking moves); fonts must be embedded.
 */
@QuarkusTest
class PdfReportTest {

    @Test
    void shouldContainEveryArabicQuoteWithEmbeddedFonts() throws Exception {
        long id = ReportFixture.article();
        admin().get("/api/articles/{id}/report?format=pdf", id).then().statusCode(200);
        long t0 = System.nanoTime();
        byte[] pdf = admin().get("/api/articles/{id}/report?format=pdf", id).then().statusCode(200)
                .header("Content-Type", "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"quotedesk-article-" + id + ".pdf\"")
                .extract().asByteArray();
        Log.infof("PDF report of the sample article (warm): %d ms, %d bytes", (System.nanoTime() - t0) / 1_000_000,
                pdf.length);
        ReportFixture.keep("article.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "summary and claims take more than one page");
            String text = squash(new PDFTextStripper().getText(doc));
            List<Map<String, Object>> claims = ReportFixture.reportedClaims(id);
            for (Map<String, Object> c : claims) {
                // Word by word: a conjunction glued to a number (و2000) is placed by the bidi algorithm
                // beside the number, so the letters of a whole quote need not come out in one run.
                for (String word : ((String) c.get("quote")).split("[\\s\\p{Punct}\\p{Nd}\u060c\u2013]+")) {
                    String w = squash(word);
                    if (w.length() >= 3) {
                        assertTrue(text.contains(w), "PDF text lacks «" + w + "» of claim " + c.get("id"));
                    }
                }
            }
            assertTrue(text.contains(squash("بوتين يتعهد بالمساعدة المتبادلة")), "the Arabic title");
            assertTrue(text.contains("VladimirPutin"), "speaker names in Latin script too");
            assertTrue(text.contains(squash(ReportFixture.SCRIPT_NOTE)), "the hostile note is shown as text");
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertTrue(font.isEmbedded(), "font " + font.getName() + " must be embedded");
                    assertTrue(font.getName().contains("Vazirmatn"), "only the bundled font: " + font.getName());
                }
            }
        }
    }

    @Test
    void shouldRenderTheSpeakerReportAsPdfToo() throws Exception {
        ReportFixture.article();
        byte[] pdf = admin().get("/api/report?speaker=Vladimir Putin&format=pdf").then().statusCode(200)
                .header("Content-Type", "application/pdf").extract().asByteArray();
        ReportFixture.keep("speaker.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = squash(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("VladimirPutin"));
            assertFalse(text.contains("KimJongUn"), "only the speaker's own claims and figures");
        }
    }

    /**
     * Letters only: NFKC folds Arabic presentation forms to letters; white space depends on line breaks; harakat (vowel
     * marks such as the tanween in أيضًا) are separate glyphs, joined to a tatweel in presentation forms.
     */
    static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u200c-\\u200f\\u2066-\\u2069\\u0640\\u064b-\\u065f\\u0670]+", "")
                // digits and punctuation between Arabic words come out in visual order: compare letters only
                .replaceAll("[^\\p{L}]+", "");
    }
}
