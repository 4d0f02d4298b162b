package com.quotedesk.report;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.quotedesk.report.ReportFixture.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MarkdownReportTest {

    @Test
    void shouldWriteInertMarkdownWithEveryClaim() {
        long id = ReportFixture.article();
        String md = admin().accept("text/markdown").get("/api/articles/{id}/report", id).then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/markdown"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".md"))
                .extract().asString();
        ReportFixture.keep("article.md", md.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(md.startsWith("# Sourcing report: "));
        for (String heading : List.of("## Summary", "### Claims per speaker", "### Claims per source",
                "### Still unverified", "## Claims")) {
            assertTrue(md.contains("\n" + heading + "\n"), "has " + heading);
        }
        assertFalse(md.contains("<script>"), "raw HTML never passes through");
        assertTrue(md.contains("\\<script\\>alert\\(1\\)\\</script\\>"), "the hostile note is escaped text");

        List<Map<String, Object>> claims = ReportFixture.reportedClaims(id);
        String plain = md.replace("\u2068", "").replace("\u2069", "");
        long blocks = md.lines().filter(l -> l.startsWith("#### Claim ")).count();
        assertEquals(claims.size(), blocks, "one section per claim");
        for (Map<String, Object> c : claims) {
            String firstLine = ((String) c.get("quote")).split("\\R")[0];
            String quote = MarkdownRenderer.text(firstLine).replace("\u2068", "").replace("\u2069", "");
            assertTrue(plain.contains("> " + quote), "quote of claim " + c.get("id"));
        }
        assertTrue(md.contains("- Evidence: <https://example.org/evidence?a=1&b=2>"));
    }
}
