package com.quotedesk.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * The API takes JSON only. A browser on another site can send a form (url-encoded, multipart or
 * text/plain) without asking first, and with the Basic credentials it remembers; refusing those bodies
 * on every changing {@code /api} call, before any resource is matched, closes that door.
 */
public class ApiFormPostGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded",
            "multipart/form-data", "text/plain");

    @ServerRequestFilter(preMatching = true)
    public Response refuseFormPosts(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            return null;
        }
        // Many clients (REST Assured, curl -d '') label an empty POST as a form: only a body counts
        if (!FORM_TYPES.contains(type.getType() + "/" + type.getSubtype()) || !hasBody(request)) {
            return null;
        }
        return ProblemMappers.respond(new Problem("about:blank", "Unsupported Media Type", 415,
                "The API takes application/json; forms are for the web pages", request.getUriInfo().getPath(),
                null, null));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.isBlank() && !"0".equals(length.strip()));
    }
}
