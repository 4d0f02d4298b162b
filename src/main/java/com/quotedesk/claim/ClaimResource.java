package com.quotedesk.claim;

import com.quotedesk.common.PageView;
import com.quotedesk.review.CorrectionRequest;
import com.quotedesk.review.HistoryEntry;
import com.quotedesk.review.ReviewRequest;
import com.quotedesk.review.ReviewService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Claims across articles: search, one claim, review, corrections, history. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final ClaimSearch search;
    private final ReviewService review;

    public ClaimResource(ClaimSearch search, ReviewService review) {
        this.search = search;
        this.review = review;
    }

    @GET
    @RolesAllowed("viewer")
    public PageView<ClaimView> search(@QueryParam("speaker") String speaker, @QueryParam("source") String source,
                                      @QueryParam("status") String status, @QueryParam("kind") String kind,
                                      @QueryParam("q") String q, @QueryParam("article") Long article,
                                      @QueryParam("dismissed") Boolean dismissed,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return search.search(new ClaimSearch.Criteria(speaker, source, status, kind, q, article, dismissed),
                page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    public ClaimView get(@PathParam("id") long id) {
        return review.view(id);
    }

    @PUT
    @Path("{id}/review")
    @RolesAllowed("reviewer")
    public ClaimView review(@PathParam("id") long id,
                            @NotNull(message = "a JSON body is required") @Valid ReviewRequest request) {
        return review.review(id, request);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed("reviewer")
    public ClaimView correct(@PathParam("id") long id,
                             @NotNull(message = "a JSON body is required") @Valid CorrectionRequest request) {
        return review.correct(id, request);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed("viewer")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return review.history(id);
    }
}
