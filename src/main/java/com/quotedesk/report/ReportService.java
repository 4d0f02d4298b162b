package com.quotedesk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.quotedesk.account.CurrentUser;
import com.quotedesk.claim.ClaimSearch;
import com.quotedesk.common.ProblemException;
import com.quotedesk.common.QuotedeskConfig;
import com.quotedesk.report.ReportModel.ArticleInfo;
import com.quotedesk.report.ReportModel.Header;
import com.quotedesk.report.ReportModel.PartyRef;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds sourcing reports: one report model, rendered by one renderer per {@link ReportFormat}.
 * Callers (the API and the web pages) stream the result to the client.
 *
 * <p>{@code prepare…} does everything that can fail (unknown article or speaker) and returns a
 * {@link Prepared} report whose {@code writeTo} then only writes: call it before the response status is
 * committed, write after.
 */
@ApplicationScoped
public class ReportService {

    /** A report checked and summarised, ready to stream in one format. */
    public interface Prepared {
        void writeTo(OutputStream out) throws IOException;

        /** The download name, e.g. {@code quotedesk-article-12.csv}. */
        String fileName();

        ReportFormat format();
    }

    private final ReportQueries queries;
    private final ClaimSearch search;
    private final QuotedeskConfig config;
    private final ObjectMapper mapper;

    public ReportService(ReportQueries queries, ClaimSearch search, QuotedeskConfig config, ObjectMapper mapper) {
        this.queries = queries;
        this.search = search;
        this.config = config;
        this.mapper = mapper;
    }

    /** Writes the report of one article. Throws a 404 problem for an unknown article. */
    public void articleReport(long articleId, ReportFormat format, OutputStream out) throws IOException {
        prepareArticle(articleId, format).writeTo(out);
    }

    /** Writes the report of everything one speaker (id, name or alias) was quoted saying, by article. */
    public void speakerReport(String speaker, ReportFormat format, OutputStream out) throws IOException {
        prepareSpeaker(speaker, format).writeTo(out);
    }

    /** The file name a download of this report should get, e.g. {@code quotedesk-article-12.csv}. */
    public String fileName(String subject, ReportFormat format) {
        return "quotedesk-" + subject.replaceAll("[^A-Za-z0-9-]+", "-") + "." + format.extension();
    }

    public Prepared prepareArticle(long articleId, ReportFormat format) {
        ArticleInfo a = queries.article(articleId);
        ReportQueries.Scope scope = new ReportQueries.Scope(articleId, null);
        Header h = new Header("article", a.title() == null ? "Article " + a.id() : a.title(), a.language(),
                Instant.now(), CurrentUser.nameOrSystem(), config.organisation().name(), config.organisation().url(),
                a, List.of());
        Report report = new Report(h, () -> queries.summary(scope), List.of(a), scope, queries);
        return prepared(report, fileName("article-" + articleId, format), format);
    }

    public Prepared prepareSpeaker(String speaker, ReportFormat format) {
        if (speaker == null || speaker.isBlank()) {
            throw ProblemException.badRequest("speaker", "Name a speaker by id, name or alias");
        }
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> search.speakerIds(speaker));
        List<PartyRef> speakers = ids.isEmpty() ? List.of() : queries.speakers(ids);
        if (speakers.isEmpty()) {
            throw ProblemException.notFound("Speaker", "'" + speaker.strip() + "'");
        }
        ReportQueries.Scope scope = new ReportQueries.Scope(null, speakers.stream().map(PartyRef::id).toList());
        List<ArticleInfo> articles = queries.articles(scope);
        String language = articles.stream().map(ArticleInfo::language).distinct().count() == 1
                ? articles.get(0).language() : "en";
        String names = speakers.stream().map(PartyRef::name).collect(Collectors.joining(", "));
        Header h = new Header("speaker", names, language, Instant.now(), CurrentUser.nameOrSystem(),
                config.organisation().name(), config.organisation().url(), null, speakers);
        Report report = new Report(h, () -> queries.summary(scope), articles, scope, queries);
        String subject = "speaker-" + speakers.stream().map(s -> String.valueOf(s.id()))
                .collect(Collectors.joining("-"));
        return prepared(report, fileName(subject, format), format);
    }

    private Prepared prepared(Report report, String fileName, ReportFormat format) {
        ReportRenderer renderer = renderer(format);
        return new Prepared() {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                renderer.render(report, out);
                out.flush();
            }

            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public ReportFormat format() {
                return format;
            }
        };
    }

    private ReportRenderer renderer(ReportFormat format) {
        return switch (format) {
            case HTML -> new HtmlRenderer();
            case PDF -> new PdfRenderer();
            case MD -> new MarkdownRenderer();
            case CSV -> new CsvRenderer();
            case JSON -> new JsonRenderer(mapper);
            case CLAIMREVIEW -> new ClaimReviewRenderer(mapper);
        };
    }
}
