package com.quotedesk.report;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.quotedesk.report.ReportFixture.admin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CsvReportTest {

    @Test
    void shouldWriteOneRfc4180RowPerClaimWithBomAndNeutralisedFormulas() throws Exception {
        long id = ReportFixture.article();
        var response = admin().get("/api/articles/{id}/report?format=csv", id).then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"quotedesk-article-" + id + ".csv\"")
                .extract();
        byte[] bytes = response.asByteArray();
        ReportFixture.keep("article.csv", bytes);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "the file must start with a UTF-8 byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("claim_id,article_id,") && text.contains("\r\n"),
                "RFC 4180: header first, CRLF line ends");

        List<CSVRecord> rows;
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text))) {
            rows = p.getRecords();
        }
        List<Map<String, Object>> claims = ReportFixture.reportedClaims(id);
        assertEquals(claims.size(), rows.size(), "one row per claim that is not dismissed");
        for (int i = 0; i < claims.size(); i++) {
            Map<String, Object> c = claims.get(i);
            CSVRecord r = rows.get(i);
            assertEquals(String.valueOf(c.get("id")), r.get("claim_id"), "rows in text order");
            String quote = (String) c.get("quote");
            String expected = "=+-@".indexOf(quote.charAt(0)) >= 0 ? "'" + quote : quote;
            assertEquals(expected, r.get("quote"), "the quote verbatim, Arabic included");
            assertEquals(String.valueOf(c.get("paragraph")), r.get("paragraph"));
            assertEquals(c.get("status"), r.get("status"));
        }
        CSVRecord first = rows.get(0);
        assertEquals(ReportFixture.SCRIPT_NOTE, first.get("note"), "double quotes survive the round trip");
        assertEquals(ReportFixture.EVIDENCE, first.get("evidence_url"));
        assertEquals(ReportFixture.ADMIN, first.get("reviewed_by"));
        assertTrue(first.get("permalink").endsWith("/articles/" + id + "#claim-" + first.get("claim_id")));
        assertEquals("'" + ReportFixture.FORMULA_NOTE, rows.get(1).get("note"),
                "a cell starting with = is prefixed with an apostrophe so spreadsheets do not run it");
        assertEquals("DISPUTED", rows.get(1).get("status"));
    }

    @Test
    void shouldChooseCsvFromTheAcceptHeader() {
        long id = ReportFixture.article();
        admin().accept("text/csv").get("/api/articles/{id}/report", id).then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"));
    }
}
