package com.quotedesk.web;

import com.quotedesk.claim.ClaimSearch;
import com.quotedesk.claim.ClaimView;
import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.common.PageView;
import com.quotedesk.common.ProblemException;
import com.quotedesk.extraction.ClaimKind;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.quotedesk.web.ArticlePages.blank;
import static com.quotedesk.web.ArticlePages.nz;

/** Free-text search over quotes in every article, folded for Arabic spelling variants, with filters. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Query query, PageView<ClaimView> results, long pages,
                                              Map<Long, WebQueries.ArticleRef> articles,
                                              List<ReviewStatus> statuses, List<ClaimKind> kinds);
    }

    /** The search as typed; {@code searched} is false until something was asked. */
    public record Query(String q, String speaker, String source, String status, String kind, boolean searched) {
        public String query() {
            return "q=" + enc(q) + "&speaker=" + enc(speaker) + "&source=" + enc(source) + "&status=" + enc(status)
                    + "&kind=" + enc(kind);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    private final ClaimSearch search;
    private final WebQueries web;

    public SearchPage(ClaimSearch search, WebQueries web) {
        this.search = search;
        this.web = web;
    }

    @GET
    @RolesAllowed("viewer")
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("speaker") String speaker,
                                   @QueryParam("source") String source, @QueryParam("status") String status,
                                   @QueryParam("kind") String kind, @QueryParam("page") Integer page) {
        Query query = new Query(nz(q), nz(speaker), nz(source), nz(status), nz(kind),
                blank(q) != null || blank(speaker) != null || blank(source) != null || blank(status) != null
                        || blank(kind) != null);
        PageView<ClaimView> results = new PageView<>(List.of(), 0, 0, 25);
        if (query.searched()) {
            String state = blank(status);
            Boolean dismissed = false;
            if ("DISMISSED".equalsIgnoreCase(nz(state))) {
                state = null;
                dismissed = true;
            }
            results = search.search(new ClaimSearch.Criteria(blank(speaker), blank(source), state, blank(kind),
                    blank(q), null, dismissed), page, 25);
        }
        long pages = results.pages();
        Map<Long, WebQueries.ArticleRef> articles = web.articles(results.items().stream()
                .map(ClaimView::articleId).distinct().toList());
        return Templates.search(query, results, pages, articles, List.of(ReviewStatus.values()),
                List.of(ClaimKind.values()));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ErrorPage.of(e);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return ErrorPage.forbidden();
    }
}
