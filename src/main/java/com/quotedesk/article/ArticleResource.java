package com.quotedesk.article;

import com.quotedesk.claim.ClaimView;
import com.quotedesk.common.PageView;
import com.quotedesk.review.NewClaimRequest;
import com.quotedesk.review.ReviewService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Articles: ingest, read, their claims, a missed claim, and re-running extraction. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final String SAMPLE = "/samples/cnn-putin-north-korea.ar.txt";

    private final IngestService ingest;
    private final ArticleService articles;
    private final ReviewService review;

    public ArticleResource(IngestService ingest, ArticleService articles, ReviewService review) {
        this.ingest = ingest;
        this.articles = articles;
        this.review = review;
    }

    @POST
    @RolesAllowed("reviewer")
    public Response create(@NotNull(message = "a JSON body is required") @Valid IngestRequest request,
                           @Context UriInfo uri) {
        IngestService.Result result;
        try {
            result = ingest.ingest(request);
        } catch (RuntimeException e) {
            // Two clients posting the same text at once: the loser answers with the winner's article.
            result = ingest.findByHash(IngestService.hash(ingest.normaliseText(request.text())))
                    .map(a -> new IngestService.Result(a, false)).orElseThrow(() -> e);
        }
        ArticleSummary body = articles.summary(result.article());
        if (!result.created()) {
            return Response.ok(body).location(location(uri, body.id())).build();
        }
        return Response.created(location(uri, body.id())).entity(body).build();
    }

    /** Loads the bundled founding article (CNN, Putin in Pyongyang, in Arabic). */
    @POST
    @Path("sample")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("reviewer")
    public Response sample(@Context UriInfo uri) {
        return create(sampleRequest(), uri);
    }

    public static IngestRequest sampleRequest() {
        try (InputStream in = ArticleResource.class.getResourceAsStream(SAMPLE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new IngestRequest(text, "بوتين يتعهد بالمساعدة المتبادلة مع كوريا الشمالية في زيارة نادرة",
                    "CNN Arabic", "https://arabic.cnn.com/world/article/2024/06/19/putin-kim-jong-un-north-korea",
                    "ar", java.time.LocalDate.of(2024, 6, 19));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @RolesAllowed("viewer")
    public PageView<ArticleSummary> list(@QueryParam("q") String q, @QueryParam("page") Integer page,
                                         @QueryParam("size") Integer size) {
        return articles.list(q, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    public ArticleView get(@PathParam("id") long id) {
        return articles.view(id);
    }

    @GET
    @Path("{id}/claims")
    @RolesAllowed("viewer")
    public List<ClaimView> claims(@PathParam("id") long id) {
        return articles.claims(id);
    }

    @POST
    @Path("{id}/claims")
    @RolesAllowed("reviewer")
    public Response addClaim(@PathParam("id") long id,
                             @NotNull(message = "a JSON body is required") @Valid NewClaimRequest request,
                             @Context UriInfo uri) {
        ClaimView claim = review.addClaim(id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/claims/{id}").build(claim.id()))
                .entity(claim).build();
    }

    @POST
    @Path("{id}/extract")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("reviewer")
    public ArticleSummary reextract(@PathParam("id") long id) {
        articles.reextract(id);
        return articles.summary(articles.find(id));
    }

    private static URI location(UriInfo uri, long id) {
        return uri.getBaseUriBuilder().path("api/articles/{id}").build(id);
    }
}
