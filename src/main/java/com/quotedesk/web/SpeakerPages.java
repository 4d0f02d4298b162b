package com.quotedesk.web;

import com.quotedesk.claim.ClaimSearch;
import com.quotedesk.claim.ClaimView;
import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.common.PageView;
import com.quotedesk.common.ProblemException;
import com.quotedesk.report.ReportFormat;
import com.quotedesk.speaker.PartyView;
import com.quotedesk.speaker.RegistryEdits;
import com.quotedesk.speaker.RegistryQueries;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

import static com.quotedesk.web.ArticlePages.blank;
import static com.quotedesk.web.ArticlePages.nz;

/** The speaker registry: everyone quoted, and per speaker every claim across articles. */
@Path("/speakers")
@Produces(MediaType.TEXT_HTML)
public class SpeakerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance speakers(PageView<PartyView> speakers, long pages, String q);

        static native TemplateInstance speaker(PartyView speaker, PageView<ClaimView> claims, long pages,
                                               Map<Long, WebQueries.ArticleRef> articleTitles,
                                               List<WebQueries.ArticleRef> articles, List<RegistryQueries.Ref> others,
                                               Filter filter, List<ReportFormat> formats, List<ReviewStatus> statuses);
    }

    /** The claim filters of a speaker page, as given (empty when absent). */
    public record Filter(String status, String source, String article) {
        public boolean isArticle(long id) {
            return article.equals(String.valueOf(id));
        }

        /** The query string that keeps these filters on another page of results. */
        public String query() {
            return "status=" + enc(status) + "&source=" + enc(source) + "&article=" + enc(article);
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static final int PAGE_SIZE = 50;

    private final RegistryQueries queries;
    private final RegistryEdits edits;
    private final ClaimSearch search;
    private final WebQueries web;
    private final Downloads downloads;

    public SpeakerPages(RegistryQueries queries, RegistryEdits edits, ClaimSearch search, WebQueries web,
                        Downloads downloads) {
        this.queries = queries;
        this.edits = edits;
        this.search = search;
        this.web = web;
        this.downloads = downloads;
    }

    @GET
    @RolesAllowed("viewer")
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        PageView<PartyView> speakers = queries.speakers(q, page, PAGE_SIZE);
        long pages = speakers.pages();
        return Templates.speakers(speakers, pages, nz(q));
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    public TemplateInstance speaker(@PathParam("id") long id, @QueryParam("status") String status,
                                    @QueryParam("source") String source, @QueryParam("article") String article,
                                    @QueryParam("page") Integer page) {
        PartyView speaker = queries.speaker(id);
        Filter filter = new Filter(nz(status), nz(source), nz(article));
        Long articleId = article == null || !article.strip().matches("\\d{1,18}") ? null : Long.valueOf(article.strip());
        String state = blank(status);
        Boolean dismissed = null;
        if ("DISMISSED".equalsIgnoreCase(nz(state))) {
            state = null;
            dismissed = true;
        }
        PageView<ClaimView> claims = search.search(new ClaimSearch.Criteria(String.valueOf(id), blank(source), state,
                null, null, articleId, dismissed), page, 25);
        long pages = claims.pages();
        Map<Long, WebQueries.ArticleRef> titles = web.articles(claims.items().stream().map(ClaimView::articleId)
                .distinct().toList());
        List<RegistryQueries.Ref> others = queries.speakerRefs().stream().filter(s -> s.id() != id).toList();
        return Templates.speaker(speaker, claims, pages, titles, web.articlesOfSpeaker(id), others, filter,
                List.of(ReportFormat.values()), List.of(ReviewStatus.values()));
    }

    @POST
    @Path("{id}/aliases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    public Response addAlias(@PathParam("id") long id, @RestForm String alias) {
        if (alias == null || alias.isBlank() || alias.length() > 300) {
            return Flash.error("/speakers/" + id, "Type the alias to add (at most 300 characters).");
        }
        edits.addSpeakerAlias(id, alias);
        return Flash.ok("/speakers/" + id, "Alias “" + alias.strip() + "” added.");
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    public Response merge(@PathParam("id") long id, @RestForm Long into) {
        if (into == null) {
            return Flash.error("/speakers/" + id, "Choose the speaker to merge into.");
        }
        PartyView from = queries.speaker(id);
        edits.mergeSpeakers(id, into);
        return Flash.ok("/speakers/" + into, "Merged “" + from.name() + "” into this speaker; its claims and "
                + "aliases are here now.");
    }

    @GET
    @Path("{id}/report")
    @RolesAllowed("viewer")
    @Produces(MediaType.WILDCARD)
    public Response report(@PathParam("id") long id, @QueryParam("format") String format) {
        queries.speaker(id);
        return downloads.speaker(id, format);
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
