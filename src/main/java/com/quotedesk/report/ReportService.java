package com.quotedesk.report;

import com.quotedesk.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Builds sourcing reports: one report model, rendered by one renderer per {@link ReportFormat}.
 * Callers (the API and the web pages) stream the result to the client.
 */
@ApplicationScoped
public class ReportService {

    /** Writes the report of one article. Throws a 404 problem for an unknown article. */
    public void articleReport(long articleId, ReportFormat format, OutputStream out) throws IOException {
        throw new ProblemException(501, "Not implemented", "Reports are not built yet");
    }

    /** Writes the report of everything one speaker (id, name or alias) was quoted saying, by article. */
    public void speakerReport(String speaker, ReportFormat format, OutputStream out) throws IOException {
        throw new ProblemException(501, "Not implemented", "Reports are not built yet");
    }

    /** The file name a download of this report should get, e.g. {@code quotedesk-article-12.csv}. */
    public String fileName(String subject, ReportFormat format) {
        return "quotedesk-" + subject.replaceAll("[^A-Za-z0-9-]+", "-") + "." + format.extension();
    }
}
