package com.quotedesk.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The API takes JSON only and is called by programs, not by other sites. A browser on another site can
 * send a form (url-encoded, multipart or text/plain), or an empty POST, without asking first, and with
 * the Basic credentials and cookies it remembers. Before any resource is matched, every changing
 * {@code /api} call is refused when
 * <ul>
 * <li>the browser says it comes from another site ({@code Sec-Fetch-Site}, or an {@code Origin} that is
 * not this server's own),</li>
 * <li>it carries cookies (a browser) but no JSON content type, body or not, or</li>
 * <li>it has a form body.</li>
 * </ul>
 * Programs such as curl send neither {@code Origin} nor cookies, so they keep working.
 */
public class ApiFormPostGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded",
            "multipart/form-data", "text/plain");
    private static final Set<String> SAME_SITE_FETCH = Set.of("same-origin", "none");

    @ServerRequestFilter(preMatching = true)
    public Response refuseFormPosts(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        if (crossSite(request)) {
            return refuse(403, "Forbidden", "The API does not take requests from other sites", path);
        }
        MediaType type = request.getMediaType();
        String essence = type == null ? null : (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (request.getHeaderString("Cookie") != null && !"application/json".equals(essence)) {
            return refuse(415, "Unsupported Media Type",
                    "A browser's changing API request must be sent as application/json", path);
        }
        // Many clients (REST Assured, curl -d '') label an empty POST as a form: only a body counts
        if (essence == null || !FORM_TYPES.contains(essence) || !hasBody(request)) {
            return null;
        }
        return refuse(415, "Unsupported Media Type", "The API takes application/json; forms are for the web pages",
                path);
    }

    private static boolean crossSite(ContainerRequestContext request) {
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_SITE_FETCH.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeaderString("Origin");
        return origin != null && !sameOrigin(origin.strip(), request.getUriInfo().getRequestUri());
    }

    /** {@code Origin: null} (sandboxed frames, some redirects) is another site too. */
    private static boolean sameOrigin(String origin, URI self) {
        try {
            URI o = URI.create(origin);
            return o.getScheme() != null && o.getHost() != null
                    && o.getScheme().equalsIgnoreCase(self.getScheme())
                    && o.getHost().equalsIgnoreCase(self.getHost())
                    && port(o) == port(self);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static Response refuse(int status, String title, String detail, String path) {
        return ProblemMappers.respond(new Problem("about:blank", title, status, detail, path, null, null));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.isBlank() && !"0".equals(length.strip()));
    }
}
