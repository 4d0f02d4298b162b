package com.quotedesk.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/articles/{id}/report?format=}: the sourcing report of one article, as a download. */
@Path("/api/articles/{id}/report")
public class ArticleReportResource {

    private final ReportService reports;

    public ArticleReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed("viewer")
    public Response report(@PathParam("id") long id, @QueryParam("format") String format,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ReportFormat f = FormatNegotiation.choose(format, accept);
        return ReportDownload.of(reports.prepareArticle(id, f));
    }
}
