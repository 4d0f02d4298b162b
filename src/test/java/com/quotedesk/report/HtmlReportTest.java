package com.quotedesk.report;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.quotedesk.report.ReportFixture.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HtmlReportTest {

    @Test
    void shouldRenderAStandalonePrintableRightToLeftPage() throws Exception {
        long id = ReportFixture.article();
        var response = admin().get("/api/articles/{id}/report?format=html", id).then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/html"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".html"))
                .extract();
        byte[] bytes = response.asByteArray();
        ReportFixture.keep("article.html", bytes);
        String html = new String(bytes, StandardCharsets.UTF_8);

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        assertEquals("rtl", doc.getDocumentElement().getAttribute("dir"), "an Arabic article reads right to left");
        assertEquals("ar", doc.getDocumentElement().getAttribute("lang"));
        assertTrue(html.contains("@media print") && html.contains("@page"), "print CSS");
        assertEquals(0, doc.getElementsByTagName("script").getLength(), "no script at all, hostile note included");
        assertEquals(0, doc.getElementsByTagName("link").getLength(), "standalone: no external resources");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; he said &quot;maybe&quot; &amp; more"),
                "the hostile note is shown as text");
        assertFalse(html.contains("<script"));
        assertEquals(1, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(),
                "the status chart is inline SVG");
        assertTrue(html.contains(">Vladimir Putin</text>"), "the chart names the speakers");

        List<Map<String, Object>> claims = ReportFixture.reportedClaims(id);
        var quotes = doc.getElementsByTagName("blockquote");
        assertEquals(claims.size(), quotes.getLength(), "every claim once, dismissed ones left out");
        for (int i = 0; i < claims.size(); i++) {
            var q = (org.w3c.dom.Element) quotes.item(i);
            assertEquals(claims.get(i).get("quote"), q.getTextContent(), "quote verbatim");
            assertEquals("rtl", q.getAttribute("dir"), "an Arabic quote in its own direction");
        }
        for (String label : List.of("Summary", "Status per speaker", "Claims per speaker", "Claims per source",
                "Still unverified", "Report made", "Dismissed as not a claim", "Resting only on state media",
                "Anonymous speaker", "Speaker inferred from context")) {
            assertTrue(html.contains(label), "the page shows " + label);
        }
        assertTrue(html.contains("href=\"https://example.org/evidence?a=1&amp;b=2\""), "the evidence link");
    }
}
