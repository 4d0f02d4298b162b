package com.quotedesk.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/report?speaker=&format=}: everything one speaker was quoted saying, grouped by article. */
@Path("/api/report")
public class SpeakerReportResource {

    private final ReportService reports;

    public SpeakerReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed("viewer")
    public Response report(@QueryParam("speaker") String speaker, @QueryParam("format") String format,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ReportFormat f = FormatNegotiation.choose(format, accept);
        return ReportDownload.of(reports.prepareSpeaker(speaker, f));
    }
}
