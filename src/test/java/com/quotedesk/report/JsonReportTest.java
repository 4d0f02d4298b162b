package com.quotedesk.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.quotedesk.report.ReportFixture.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class JsonReportTest {

    @Test
    void shouldDescribeTheArticleTheSummaryAndEveryClaim() {
        long id = ReportFixture.article();
        String body = admin().get("/api/articles/{id}/report?format=json", id).then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("application/json"))
                .header("Content-Disposition",
                        org.hamcrest.Matchers.containsString("quotedesk-article-" + id + ".json"))
                .extract().asString();
        ReportFixture.keep("article.json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonPath j = JsonPath.from(body);
        List<Map<String, Object>> claims = ReportFixture.reportedClaims(id);

        assertEquals("article", j.getString("header.kind"));
        assertEquals("CNN Arabic", j.getString("header.article.outlet"));
        assertEquals("ar", j.getString("header.language"));
        assertEquals("2024-06-19", j.getString("header.article.publishedAt"));
        assertEquals("admin", j.getString("header.generatedBy"), "who made the report");
        assertNotNull(j.getString("header.generatedAt"), "when the report was made");

        assertEquals(2, j.getInt("summary.byStatus.attributed"));
        assertEquals(1, j.getInt("summary.byStatus.disputed"));
        assertEquals(claims.size() - 3, j.getInt("summary.byStatus.unverified"));
        assertEquals(claims.size(), j.getInt("summary.byStatus.total"));
        assertEquals(3.0 / claims.size(), j.getDouble("summary.reviewedShare"), 1e-6);
        int perSpeaker = j.<Integer>getList("summary.perSpeaker.counts.total").stream().mapToInt(i -> i).sum();
        assertEquals(claims.size(), perSpeaker, "claims per speaker add up to the total");
        int perSource = j.<Integer>getList("summary.perSource.counts.total").stream().mapToInt(i -> i).sum();
        assertEquals(claims.size(), perSource, "claims per source add up to the total");
        long throughStateMedia = claims.stream()
                .filter(c -> ((List<?>) c.get("flags")).contains("STATE_MEDIA_SOURCE")).count();
        assertTrue(throughStateMedia >= 1, "the sample has claims that came through TASS");
        assertEquals(throughStateMedia, j.getInt("summary.stateMediaOnly"), "the claims that came through TASS");
        assertEquals(1, j.getInt("summary.dismissed"), "dismissed counted apart");
        assertTrue(j.getList("summary.perSpeaker.name").contains("Vladimir Putin"));

        List<Map<String, Object>> reported = j.getList("articles[0].claims");
        assertEquals(claims.size(), reported.size());
        for (int i = 0; i < claims.size(); i++) {
            assertEquals(claims.get(i).get("quote"), reported.get(i).get("quote"));
            assertEquals(claims.get(i).get("paragraph"), reported.get(i).get("paragraph"));
        }
        assertEquals(ReportFixture.SCRIPT_NOTE, reported.get(0).get("note"), "the note survives as data");
        assertEquals(claims.size() - 3, j.getList("unverified").size(), "the unverified claims are listed");

        assertFalse(body.contains("<script>"), "< and > are escaped so the JSON is safe inside an HTML page");
        assertTrue(body.contains("\\u003Cscript\\u003E") || body.contains("\\u003cscript\\u003e"));
    }
}
