package com.quotedesk.account;

import com.quotedesk.common.Problem;
import com.quotedesk.common.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A locked account gets 401 with the reason and {@code Retry-After}; every other sign-in failure, and
 * pages, are answered by {@link ProblemMappers} as usual.
 */
public class SignInProblems {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response locked(AuthenticationFailedException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        long retryAfter = AccountLockedException.retryAfterSeconds(e);
        if (retryAfter == 0 || (uri != null && !uri.getPath().startsWith("/api"))) {
            return new ProblemMappers().unauthorized(e, uri, request);
        }
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Quotedesk\"")
                .header(HttpHeaders.RETRY_AFTER, retryAfter)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "Unauthorized", "Too many failed sign-ins for this account: try again in "
                        + retryAfter + " seconds, or ask an admin to reset the password"))
                .build();
    }
}
