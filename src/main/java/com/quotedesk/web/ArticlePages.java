package com.quotedesk.web;

import com.quotedesk.article.ArticleResource;
import com.quotedesk.article.ArticleService;
import com.quotedesk.article.ArticleSummary;
import com.quotedesk.article.IngestRequest;
import com.quotedesk.article.IngestService;
import com.quotedesk.claim.ClaimView;
import com.quotedesk.common.PageView;
import com.quotedesk.common.ProblemException;
import com.quotedesk.extraction.ClaimKind;
import com.quotedesk.review.NewClaimRequest;
import com.quotedesk.review.ReviewService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The article pages: the list with review progress, adding an article, and the review page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageView<ArticleSummary> page, String q, long pages);

        static native TemplateInstance add(ArticleForm form);

        static native TemplateInstance review(ReviewPage review);
    }

    /** The add-article form's input and errors, field by field. */
    public record ArticleForm(String text, String title, String outlet, String url, String publishedAt,
                              String language, Map<String, String> errors) {
        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    private final ArticleService articles;
    private final IngestService ingest;
    private final ReviewService review;
    private final ReviewPageBuilder builder;
    private final Downloads downloads;
    private final Validator validator;

    public ArticlePages(ArticleService articles, IngestService ingest, ReviewService review,
                        ReviewPageBuilder builder, Downloads downloads, Validator validator) {
        this.articles = articles;
        this.ingest = ingest;
        this.review = review;
        this.builder = builder;
        this.downloads = downloads;
        this.validator = validator;
    }

    @GET
    @RolesAllowed("viewer")
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        PageView<ArticleSummary> p = articles.list(q, page, 20);
        long pages = p.pages();
        return Templates.list(p, q == null ? "" : q, pages);
    }

    @GET
    @Path("articles/new")
    @RolesAllowed("reviewer")
    public TemplateInstance addForm() {
        return Templates.add(new ArticleForm("", "", "", "", "", "", Map.of()));
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    public Response add(@RestForm String text, @RestForm String title, @RestForm String outlet, @RestForm String url,
                        @RestForm String publishedAt, @RestForm String language) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = null;
        if (publishedAt != null && !publishedAt.isBlank()) {
            try {
                date = LocalDate.parse(publishedAt.strip());
            } catch (DateTimeParseException e) {
                errors.put("publishedAt", "Give the date as YYYY-MM-DD");
            }
        }
        // Browsers send a textarea's line breaks as CRLF whatever was pasted (HTML form encoding): store the
        // article with the LF breaks it had, so the same article pasted here or posted to the API is one article
        String pasted = text == null ? "" : text.replace("\r\n", "\n");
        IngestRequest request = new IngestRequest(pasted, blank(title), blank(outlet),
                blank(url), blank(language), date);
        for (ConstraintViolation<IngestRequest> v : validator.validate(request)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), sentence(v.getMessage()));
        }
        if (errors.isEmpty()) {
            try {
                return ingested(ingestOrFind(request));
            } catch (ProblemException e) {
                errors.put(e.field() == null ? "text" : e.field(), sentence(e.getMessage()));
            }
        }
        ArticleForm form = new ArticleForm(nz(text), nz(title), nz(outlet), nz(url), nz(publishedAt), nz(language),
                errors);
        return Response.status(400).entity(Templates.add(form)).build();
    }

    /** Loads the bundled founding article; offered on the empty list. */
    @POST
    @Path("articles/sample")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    public Response sample() {
        return ingested(ingestOrFind(ArticleResource.sampleRequest()));
    }

    @GET
    @Path("articles/{id}")
    @RolesAllowed("viewer")
    public TemplateInstance view(@PathParam("id") long id) {
        return Templates.review(builder.build(id, Map.of(), ReviewPage.AddForm.empty()));
    }

    @GET
    @Path("articles/{id}/report")
    @RolesAllowed("viewer")
    @Produces(MediaType.WILDCARD)
    public Response report(@PathParam("id") long id, @QueryParam("format") String format) {
        articles.find(id);
        return downloads.article(id, format);
    }

    /** A claim the extractor missed: by offsets (the select-to-claim script fills them) or by its exact words. */
    @POST
    @Path("articles/{id}/claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    public Response addClaim(@PathParam("id") long id, @RestForm String start, @RestForm String end,
                             @RestForm String exact, @RestForm String speaker, @RestForm String source,
                             @RestForm String kind) {
        ReviewPage.AddForm form = new ReviewPage.AddForm(nz(start), nz(end), nz(exact), nz(speaker), nz(source),
                kind == null || kind.isBlank() ? "DIRECT" : kind, Map.of());
        Map<String, String> errors = new LinkedHashMap<>();
        Integer s = null;
        Integer e = null;
        if (!form.exact().isBlank() && form.start().isBlank()) {
            String text = articles.find(id).text;
            int at = text.indexOf(form.exact().strip());
            if (at < 0) {
                errors.put("exact", "These words are not in the article; copy them exactly");
            } else {
                s = at;
                e = at + form.exact().strip().length();
            }
        } else {
            s = integer(form.start(), "start", errors);
            e = integer(form.end(), "end", errors);
        }
        ClaimKind k = "REPORTED".equals(form.kind()) ? ClaimKind.REPORTED : ClaimKind.DIRECT;
        if (errors.isEmpty()) {
            try {
                ClaimView c = review.addClaim(id, new NewClaimRequest(s, e, k, blank(speaker), blank(source), null,
                        null));
                return Flash.ok("/articles/" + id + "#c-" + c.id(), "Claim added: “" + clip(c.quote()) + "”");
            } catch (ProblemException p) {
                if (p.status() == 404) {
                    throw p;
                }
                errors.put(p.field() == null ? "start" : p.field(), sentence(p.getMessage()));
            }
        }
        ReviewPage.AddForm failed = new ReviewPage.AddForm(form.start(), form.end(), form.exact(), form.speaker(),
                form.source(), form.kind(), errors);
        return Response.status(400).entity(Templates.review(builder.build(id, Map.of(), failed))).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ErrorPage.of(e);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return ErrorPage.forbidden();
    }

    private IngestService.Result ingestOrFind(IngestRequest request) {
        try {
            return ingest.ingest(request);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // Two people adding the same text at once: the second lands on the first one's article.
            return ingest.findByHash(IngestService.hash(ingest.normaliseText(request.text())))
                    .map(a -> new IngestService.Result(a, false)).orElseThrow(() -> e);
        }
    }

    private static Response ingested(IngestService.Result r) {
        String where = "/articles/" + r.article().id;
        if (!r.created()) {
            return Flash.ok(where, "This text was added before: here is the existing article.");
        }
        int n = r.article().claimCount;
        return Flash.ok(where, "Article added with " + n + (n == 1 ? " claim" : " claims") + " to review.");
    }

    private static Integer integer(String value, String field, Map<String, String> errors) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "Give a whole number (a character offset), or select the words in the text");
            return null;
        }
    }

    static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
