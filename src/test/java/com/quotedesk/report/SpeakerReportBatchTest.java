package com.quotedesk.report;

import com.quotedesk.support.ClaimRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.quotedesk.report.ReportFixture.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A speaker report over many articles is read a batch of consecutive articles at a time (one range of
 * article ids per query) and a large article on its own by pages: every claim of the speaker that is
 * not dismissed comes out once, article by article in id order and in text order inside each, whatever
 * the other speakers quoted in the same articles and whatever the batch boundaries.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakerReportBatchTest {

    static final long SPEAKER = 980_000_001L;
    static final long OTHER = 980_000_002L;
    static final long FIRST_ARTICLE = 980_000_100L;
    /** Claims of the speaker in each article: small ones that share a batch, one larger than a page. */
    static final int[] CLAIMS = {3, 0, 250, 240, 20, 1, 1_203, 7, 499, 500, 501, 2, 0, 60};

    @Inject
    DataSource dataSource;

    private final List<String> expected = new ArrayList<>();
    /** Both speakers' live claims, for a report whose name matches the two of them. */
    private final List<String> expectedBoth = new ArrayList<>();

    @BeforeAll
    void insertArticlesAndClaims() throws Exception {
        try (Connection c = dataSource.getConnection(); ClaimRows rows = new ClaimRows(c)) {
            rows.speaker(SPEAKER, "Batch Speaker " + SPEAKER);
            rows.speaker(OTHER, "Batch Speaker " + OTHER);
            long claimId = 980_100_000L;
            for (int a = 0; a < CLAIMS.length; a++) {
                long article = FIRST_ARTICLE + a;
                rows.article(article, "Batch article " + a);
                // ids run against text order, other speakers and dismissed claims sit between the speaker's
                for (int i = CLAIMS[a] - 1; i >= 0; i--) {
                    rows.claim(claimId++, article, SPEAKER, i * 10, false);
                    rows.claim(claimId++, article, OTHER, i * 10 + 5, false);
                    if (i % 7 == 0) {
                        rows.claim(claimId++, article, SPEAKER, i * 10 + 3, true);
                    }
                }
                for (int i = 0; i < CLAIMS[a]; i++) {
                    expected.add(article + "/" + (i * 10));
                    expectedBoth.add(article + "/" + (i * 10));
                    expectedBoth.add(article + "/" + (i * 10 + 5));
                }
            }
        }
    }

    @AfterAll
    void removeThem() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM claim WHERE speaker_id IN (" + SPEAKER + ", " + OTHER + ")");
            s.executeUpdate("DELETE FROM article WHERE id BETWEEN " + FIRST_ARTICLE + " AND "
                    + (FIRST_ARTICLE + CLAIMS.length));
            s.executeUpdate("DELETE FROM speaker WHERE id IN (" + SPEAKER + ", " + OTHER + ")");
        }
    }

    @Test
    void shouldWriteEveryLiveClaimOfTheSpeakerOnceInArticleAndTextOrder() throws Exception {
        List<String> rows = csvRows(admin().get("/api/report?speaker={id}&format=csv", SPEAKER));
        assertEquals(expected.size(), rows.size(), "every live claim of the speaker, none of the other's");
        assertEquals(expected, rows);
    }

    @Test
    void shouldWriteTheClaimsOfEverySpeakerANameMatchesInArticleAndTextOrder() throws Exception {
        assertEquals(expectedBoth, csvRows(admin().get("/api/report?speaker={name}&format=csv",
                "batch speaker 98000000")));
    }

    @Test
    void shouldLayOutOnlyTheFirstClaimsAsPdfAndSayHowManyThereAre() throws Exception {
        byte[] pdf = admin().get("/api/report?speaker={id}&format=pdf", SPEAKER).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("This PDF shows the first " + PdfRenderer.MAX_CLAIMS + " of " + expected.size()
                    + " claims"), "the cap and the speaker's whole count, before the claims");
            // 3 + 250 claims in articles 0 and 2, the cap is reached in article 3; no empty headings after it
            assertTrue(text.contains("Batch article 3"));
            assertFalse(text.contains("Batch article 4"), "no article after the cap");
            assertTrue(doc.getNumberOfPages() < 100, doc.getNumberOfPages() + " pages");
            // every claim here is unverified: the list links only to the claims the PDF shows
            assertTrue(text.contains(String.format(Locale.ROOT, "And %,d more among the claims after the first %,d",
                    expected.size() - PdfRenderer.MAX_CLAIMS, PdfRenderer.MAX_CLAIMS)), "the rest counted");
            long links = doc.getPages().getCount() == 0 ? 0 : countInternalLinks(doc);
            assertEquals(PdfRenderer.MAX_CLAIMS, links, "one link per unverified claim shown, none dangling");
        }
    }

    /** Links inside the document (to a named destination or a page), as the unverified list makes them. */
    private static long countInternalLinks(PDDocument doc) throws Exception {
        long n = 0;
        for (var page : doc.getPages()) {
            for (var annotation : page.getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && !(link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static List<String> csvRows(Response r) throws Exception {
        assertEquals(200, r.statusCode());
        List<String> rows = new ArrayList<>();
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(r.asString().substring(1)))) {
            for (CSVRecord rec : p) {
                rows.add(rec.get("article_id") + "/" + rec.get("start"));
            }
        }
        return rows;
    }

    @Test
    void shouldCountEachArticlesClaimsInTheJsonReport() {
        Response r = admin().get("/api/report?speaker={id}&format=json", SPEAKER);
        assertEquals(200, r.statusCode());
        List<Integer> counts = r.jsonPath().getList("articles.collect { it.claims.size() }", Integer.class);
        List<Integer> expectedCounts = new ArrayList<>();
        for (int n : CLAIMS) {
            if (n > 0) {
                expectedCounts.add(n);
            }
        }
        assertEquals(expectedCounts, counts, "articles without a live claim of the speaker are not listed");
        assertEquals(expected.size(), r.jsonPath().getInt("summary.byStatus.unverified"));
        assertEquals(expected.size(), r.jsonPath().getList("unverified").size(), "the list of claims to review");
    }
}
