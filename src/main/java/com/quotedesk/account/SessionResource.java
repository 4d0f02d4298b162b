package com.quotedesk.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Who is signed in, for pages and scripts holding the sign-in cookie (outside {@code /api}, so the form
 * session works here; anonymous callers are sent to sign in).
 */
@Path("/account/me")
public class SessionResource {

    /** The signed-in account: name and roles. */
    public record Me(String username, List<String> roles) {
    }

    private final SecurityIdentity identity;

    public SessionResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("viewer")
    public Me me() {
        return new Me(identity.getPrincipal().getName(),
                User.ROLES.stream().filter(identity::hasRole).toList());
    }
}
