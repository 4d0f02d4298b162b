package com.quotedesk.speaker;

import com.quotedesk.common.PageView;
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

/** The speaker registry: paged list with claim counts, one speaker, aliases (reviewers), merges (admins). */
@Path("/api/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    private final RegistryQueries queries;
    private final RegistryEdits edits;

    public SpeakerResource(RegistryQueries queries, RegistryEdits edits) {
        this.queries = queries;
        this.edits = edits;
    }

    @GET
    @RolesAllowed("viewer")
    public PageView<PartyView> list(@QueryParam("q") String q, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size) {
        return queries.speakers(q, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    public PartyView get(@PathParam("id") long id) {
        return queries.speaker(id);
    }

    @POST
    @Path("{id}/aliases")
    @RolesAllowed("reviewer")
    public PartyView addAlias(@PathParam("id") long id,
                              @NotNull(message = "a JSON body is required") @Valid AliasRequest request) {
        edits.addSpeakerAlias(id, request.alias());
        return queries.speaker(id);
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed("admin")
    public PartyView merge(@PathParam("id") long id,
                           @NotNull(message = "a JSON body is required") @Valid MergeRequest request) {
        edits.mergeSpeakers(id, request.into());
        return queries.speaker(request.into());
    }
}
