package com.quotedesk.report;

import com.quotedesk.report.ReportModel.ArticleInfo;
import com.quotedesk.report.ReportModel.Header;
import com.quotedesk.report.ReportModel.ReportClaim;
import com.quotedesk.report.ReportModel.Summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A report ready to be rendered: header, summary and the articles it covers are known; claims are
 * fetched while the renderer writes, a page at a time, grouped by article in text order. Renderers ask
 * article by article; the claims of consecutive small articles come in one query (a speaker quoted in
 * 10,000 articles would otherwise cost 10,000 queries), a large article alone, by keyset pages.
 */
public final class Report {

    private final Header header;
    private final Supplier<Summary> summaryQuery;
    private Summary summary;
    private final List<ArticleInfo> articles;
    private final ReportQueries.Scope scope;
    private final ReportQueries queries;
    private final Map<Long, Integer> positions = new HashMap<>();
    /** Claims fetched for the articles after the one being written: at most one page of them. */
    private Map<Long, List<ReportClaim>> batch = Map.of();
    private boolean batchUnverified;

    /** {@code summary} is asked for only by the formats that print one (a CSV or ClaimReview export does not). */
    Report(Header header, Supplier<Summary> summary, List<ArticleInfo> articles, ReportQueries.Scope scope,
           ReportQueries queries) {
        this.header = header;
        this.summaryQuery = summary;
        this.articles = articles;
        this.scope = scope;
        this.queries = queries;
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i).id(), i);
        }
    }

    public Header header() {
        return header;
    }

    public Summary summary() {
        if (summary == null) {
            summary = summaryQuery.get();
        }
        return summary;
    }

    /** One article for an article report; every article the speaker is quoted in for a speaker report. */
    public List<ArticleInfo> articles() {
        return articles;
    }

    /** Every claim (dismissed ones left out) of one article in this report, in text order. */
    public void claims(ArticleInfo article, Consumer<ReportClaim> sink) {
        claims(article, false, sink);
    }

    /** The claims still waiting for review, article by article. */
    public void unverified(Consumer<ReportClaim> sink) {
        for (ArticleInfo a : articles) {
            claims(a, true, sink);
        }
    }

    private void claims(ArticleInfo article, boolean onlyUnverified, Consumer<ReportClaim> sink) {
        Integer at = positions.get(article.id());
        if (at == null || article.claimCount() > ReportQueries.PAGE_SIZE) {
            queries.claims(scope, article.id(), onlyUnverified, sink);
            return;
        }
        if (batchUnverified != onlyUnverified || !batch.containsKey(article.id())) {
            batch = queries.claimsOf(scope, nextArticles(at), onlyUnverified);
            batchUnverified = onlyUnverified;
        }
        // removed once written: a renderer that asks for the same article again gets it afresh
        batch.remove(article.id()).forEach(sink);
    }

    /** The article at {@code from} and those after it whose claims, together, fit in one page. */
    private List<Long> nextArticles(int from) {
        List<Long> ids = new ArrayList<>();
        long claims = 0;
        for (int i = from; i < articles.size(); i++) {
            ArticleInfo a = articles.get(i);
            if (!ids.isEmpty() && (claims + a.claimCount() > ReportQueries.PAGE_SIZE
                    || a.claimCount() > ReportQueries.PAGE_SIZE)) {
                break;
            }
            ids.add(a.id());
            claims += a.claimCount();
        }
        return ids;
    }

    /** Whether the report covers one article rather than one speaker across articles. */
    public boolean isArticleReport() {
        return header.article() != null;
    }
}
