package com.quotedesk.report;

import com.quotedesk.report.ReportModel.ArticleInfo;
import com.quotedesk.report.ReportModel.Header;
import com.quotedesk.report.ReportModel.ReportClaim;
import com.quotedesk.report.ReportModel.Summary;

import java.util.List;
import java.util.function.Consumer;

/**
 * A report ready to be rendered: header, summary and the articles it covers are known; claims are
 * fetched while the renderer writes, a page at a time, grouped by article in text order.
 */
public final class Report {

    private final Header header;
    private final Summary summary;
    private final List<ArticleInfo> articles;
    private final ReportQueries.Scope scope;
    private final ReportQueries queries;

    Report(Header header, Summary summary, List<ArticleInfo> articles, ReportQueries.Scope scope,
           ReportQueries queries) {
        this.header = header;
        this.summary = summary;
        this.articles = articles;
        this.scope = scope;
        this.queries = queries;
    }

    public Header header() {
        return header;
    }

    public Summary summary() {
        return summary;
    }

    /** One article for an article report; every article the speaker is quoted in for a speaker report. */
    public List<ArticleInfo> articles() {
        return articles;
    }

    /** Every claim (dismissed ones left out) of one article in this report, in text order. */
    public void claims(ArticleInfo article, Consumer<ReportClaim> sink) {
        queries.claims(scope, article.id(), false, sink);
    }

    /** The claims still waiting for review, article by article. */
    public void unverified(Consumer<ReportClaim> sink) {
        for (ArticleInfo a : articles) {
            queries.claims(scope, a.id(), true, sink);
        }
    }

    /** Whether the report covers one article rather than one speaker across articles. */
    public boolean isArticleReport() {
        return header.article() != null;
    }
}
