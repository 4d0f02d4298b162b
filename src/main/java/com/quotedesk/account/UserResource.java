package com.quotedesk.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Accounts, for admins only. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class UserResource {

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @GET
    public List<UserView> list() {
        return users.list();
    }

    @POST
    public Response create(@NotNull(message = "a JSON body is required") @Valid UserRequest request,
                           @Context UriInfo uri) {
        UserView user = users.create(request);
        return Response.created(uri.getBaseUriBuilder().path("api/users/{name}").build(user.username()))
                .entity(user).build();
    }

    @PUT
    @Path("{name}")
    public UserView update(@PathParam("name") String name,
                           @NotNull(message = "a JSON body is required") @Valid UserUpdate update) {
        return users.update(name, update);
    }
}
