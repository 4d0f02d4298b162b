package com.quotedesk.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A prepared report as an HTTP download: its media type, a file name, and a body written as it is read. */
final class ReportDownload {

    private ReportDownload() {
    }

    static Response of(ReportService.Prepared report) {
        Response.ResponseBuilder r = Response.ok((StreamingOutput) report::writeTo)
                .type(report.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (report.format() == ReportFormat.HTML) {
            // The page is self-contained: no script may run in it, whatever a note says
            r.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        }
        return r.build();
    }
}
