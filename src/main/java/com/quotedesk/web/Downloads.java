package com.quotedesk.web;

import com.quotedesk.common.ProblemException;
import com.quotedesk.report.ReportFormat;
import com.quotedesk.report.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Report downloads for the pages (which sign in with the session cookie, unlike /api). The report is
 * rendered in full before answering, so a failure becomes an error page instead of a cut-off file.
 */
@ApplicationScoped
public class Downloads {

    /** Writes one report. */
    @FunctionalInterface
    interface Writer {
        void write(ReportFormat format, java.io.OutputStream out) throws IOException;
    }

    private final ReportService reports;

    public Downloads(ReportService reports) {
        this.reports = reports;
    }

    Response download(String format, String subject, Writer writer) {
        ReportFormat f = ReportFormat.parse(format).orElseThrow(() -> ProblemException.badRequest("format",
                "Unknown report format '" + format + "'"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(f, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toByteArray(), f.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reports.fileName(subject, f) + "\"")
                .build();
    }

    Response article(long id, String format) {
        return download(format, "article-" + id, (f, out) -> reports.articleReport(id, f, out));
    }

    Response speaker(long id, String format) {
        return download(format, "speaker-" + id, (f, out) -> reports.speakerReport(String.valueOf(id), f, out));
    }
}
