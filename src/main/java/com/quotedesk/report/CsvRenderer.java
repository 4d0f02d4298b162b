package com.quotedesk.report;

import com.quotedesk.report.ReportModel.ArticleInfo;
import com.quotedesk.report.ReportModel.ReportClaim;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * One row per claim, RFC 4180 (commas, CRLF, double quotes doubled), UTF-8 with a byte order mark so that
 * spreadsheet programs read Arabic correctly. A cell that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR first) gets a leading apostrophe.
 */
final class CsvRenderer implements ReportRenderer {

    static final String[] COLUMNS = {"claim_id", "article_id", "article_title", "paragraph", "start", "end", "kind",
            "quote", "speaker", "source", "cue", "status", "reviewed_by", "reviewed_at", "note", "evidence_url",
            "flags", "permalink"};

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(COLUMNS).build());
        for (ArticleInfo a : report.articles()) {
            report.claims(a, c -> row(csv, a, c));
        }
        csv.flush();
    }

    private static void row(CSVPrinter csv, ArticleInfo a, ReportClaim c) {
        try {
            csv.printRecord(c.id(), a.id(), safe(a.title()), c.paragraph(), c.start(), c.end(), c.kind(),
                    safe(c.quote()), safe(c.speaker()), safe(c.source()), safe(c.cue()), c.status(),
                    safe(c.reviewedBy()), c.reviewedAt() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(
                            c.reviewedAt()), safe(c.note()), safe(c.evidenceUrl()),
                    c.flags().stream().map(Enum::name).collect(Collectors.joining(";")), safe(c.permalink()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neutralises spreadsheet formula injection (OWASP "CSV injection"). */
    static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + s : s;
    }
}
