package com.quotedesk.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;

import static com.quotedesk.report.ReportFixture.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report over more than 100,000 claims streams: claims are inserted cheaply with one SQL statement, the
 * server writes the CSV and JSON page by page (chunked, no Content-Length: the length is not known because
 * the body is never held whole), and the client reads them back row by row.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeReportTest {

    static final long ARTICLE = 990_000_001L;
    static final int CLAIMS = 100_001;

    @Inject
    DataSource dataSource;
    @Inject
    ReportService reports;

    @BeforeAll
    void insertManyClaims() throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO article (id, title, outlet, url, language, published_at, body, content_hash, "
                    + "ingested_by, ingested_at, claim_count) VALUES (" + ARTICLE + ", 'A very long article', "
                    + "'Test outlet', 'https://example.org/long', 'en', DATE '2024-06-19', 'x', 'large-report-test-"
                    + System.nanoTime() + "', 'test', CURRENT_TIMESTAMP, " + CLAIMS + ")");
            s.executeUpdate("INSERT INTO claim (id, article_id, kind, quote, quote_key, start_offset, end_offset, "
                    + "segment_index, cue, status, note, dismissed, flags, confidence, origin, speaker_set_by, "
                    + "source_set_by, kind_set_by, span_set_by, created_at, version) "
                    + "SELECT " + ARTICLE + " + X, " + ARTICLE + ", 'DIRECT', 'Claim number ' || X || ', \"quoted\"', "
                    + "'claim number ' || X, X * 10, X * 10 + 8, X / 10, 'said', "
                    + "CASE WHEN MOD(X, 3) = 0 THEN 'ATTRIBUTED' ELSE 'UNVERIFIED' END, "
                    + "CASE WHEN MOD(X, 1000) = 0 THEN '=HYPERLINK(1)' END, FALSE, '', 1.0, 'MACHINE', 'MACHINE', "
                    + "'MACHINE', 'MACHINE', 'MACHINE', CURRENT_TIMESTAMP, 0 FROM " + numbers(c));
        }
        Log.infof("Inserted %d claims in %d ms", CLAIMS, (System.nanoTime() - t0) / 1_000_000);
    }

    /** 1..CLAIMS as a table with one column X, on H2 and on PostgreSQL. */
    private static String numbers(Connection c) throws java.sql.SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "generate_series(1, " + CLAIMS + ") AS t(x)" : "SYSTEM_RANGE(1, " + CLAIMS + ")";
    }

    @AfterAll
    void removeThem() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM claim WHERE article_id = " + ARTICLE);
            s.executeUpdate("DELETE FROM article WHERE id = " + ARTICLE);
        }
    }

    @Test
    void shouldStreamACsvReportOfMoreThanAHundredThousandClaims() throws Exception {
        long t0 = System.nanoTime();
        Response r = admin().get("/api/articles/{id}/report?format=csv", ARTICLE);
        assertEquals(200, r.statusCode());
        assertNull(r.header("Content-Length"), "streamed: the length is not known in advance");
        long rows = 0;
        long lastStart = -1;
        try (InputStream in = r.asInputStream();
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                     .parse(new InputStreamReader(skipBom(in), StandardCharsets.UTF_8))) {
            for (CSVRecord rec : p) {
                long start = Long.parseLong(rec.get("start"));
                assertTrue(start > lastStart, "rows in text order across page boundaries");
                lastStart = start;
                rows++;
                if (rows % 1000 == 0) {
                    assertEquals("'=HYPERLINK(1)", rec.get("note"));
                }
            }
        }
        assertEquals(CLAIMS, rows, "every claim once: no row lost or repeated between pages");
        Log.infof("CSV report of %d claims streamed and parsed in %d ms", rows, (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void shouldStreamAJsonReportOfMoreThanAHundredThousandClaims() throws Exception {
        long t0 = System.nanoTime();
        Response r = admin().get("/api/articles/{id}/report?format=json", ARTICLE);
        assertEquals(200, r.statusCode());
        long claims = 0;
        long unverified = 0;
        try (InputStream in = r.asInputStream(); JsonParser p = new JsonFactory().createParser(in)) {
            String field = null;
            int depth = 0;
            while (p.nextToken() != null) {
                JsonToken t = p.currentToken();
                if (t == JsonToken.FIELD_NAME && depth == 1) {
                    field = p.currentName();
                }
                if (t == JsonToken.FIELD_NAME && "quote".equals(p.currentName())) {
                    claims++;
                }
                if (t == JsonToken.VALUE_NUMBER_INT && depth == 2 && "unverified".equals(field)) {
                    unverified++;
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
        }
        assertEquals(CLAIMS, claims);
        assertEquals(CLAIMS - CLAIMS / 3, unverified);
        Log.infof("JSON report of %d claims streamed and parsed in %d ms", claims,
                (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void shouldWriteALargeMarkdownReportWithBoundedMemory() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] peak = {before};
        long[] claims = {0};
        long[] bytes = {0};
        long t0 = System.nanoTime();
        OutputStream counting = new OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(int b) {
                bytes[0]++;
                if (b == '\n') {
                    if (line.indexOf("#### Claim ") == 0) {
                        claims[0]++;
                    }
                    line.setLength(0);
                } else if (line.length() < 16) {
                    line.append((char) b);
                }
                if (bytes[0] % (4 << 20) == 0) {
                    System.gc(); // live objects only: what the report holds, not garbage waiting for collection
                    peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                }
            }
        };
        reports.articleReport(ARTICLE, ReportFormat.MD, counting);
        assertEquals(CLAIMS, claims[0], "every claim has its section");
        long growth = (peak[0] - before) >> 20;
        Log.infof("Markdown report of %d claims written in process in %d ms: %d MB out, live heap at most %d MB "
                + "above start", claims[0], (System.nanoTime() - t0) / 1_000_000, bytes[0] >> 20, growth);
        assertTrue(growth < (bytes[0] >> 20) / 2, "the report is not held in memory: live heap grew by " + growth
                + " MB while writing " + (bytes[0] >> 20) + " MB");
    }

    private static InputStream skipBom(InputStream in) throws java.io.IOException {
        byte[] bom = in.readNBytes(3);
        assertEquals(0xEF, bom[0] & 0xFF);
        return in;
    }
}
