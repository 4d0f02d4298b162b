package com.quotedesk.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Report} in one format. Implementations write as they read and never close {@code out}. */
interface ReportRenderer {

    void render(Report report, OutputStream out) throws IOException;
}
