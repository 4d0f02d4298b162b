package com.quotedesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where exceptions become HTTP answers. API callers get RFC 9457 problem+json; pages
 * get the same status (the web layer renders its own error pages). Nothing internal - stack trace,
 * SQL, class name - is ever written to a response.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.field() == null ? null
                : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return respond(new Problem("about:blank", e.title(), e.status(), e.getMessage(), path(uri), errors,
                e.current()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("about:blank", "Invalid request", 400, detail, path(uri), errors, null));
    }

    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
            com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
            UnrecognizedPropertyException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = null;
        String detail = "The request body is not valid JSON";
        if (e instanceof UnrecognizedPropertyException u) {
            field = u.getPropertyName();
            detail = "Unknown field '" + field + "'";
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail = "Field '" + field + "' has the wrong type or format";
        }
        List<Problem.FieldError> errors = field == null ? null : List.of(new Problem.FieldError(field, detail));
        return respond(new Problem("about:blank", "Invalid request", 400, detail, path(uri), errors, null));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class,
            jakarta.persistence.LockTimeoutException.class, jakarta.persistence.PessimisticLockException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(Problem.of(409, "Conflict",
                "Someone else changed this record at the same time; reload it and try again"));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        if (!isApi(uri)) {
            return signIn(uri, request);
        }
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Quotedesk\"")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "Unauthorized", "Sign in with a Quotedesk account (HTTP Basic)"))
                .build();
    }

    // --- web pages: sign in, then back to the page that asked (form auth reads this cookie) ---
    private static Response signIn(UriInfo uri, jakarta.ws.rs.core.Request request) {
        if (uri != null && uri.getPath().endsWith("/j_security_check")) {
            return Response.seeOther(URI.create("/login?error=true")).build();
        }
        Response.ResponseBuilder r = Response.seeOther(URI.create("/login"));
        if (uri != null && request != null && "GET".equals(request.getMethod())) {
            r.cookie(new jakarta.ws.rs.core.NewCookie.Builder("quarkus-redirect-location")
                    .value(uri.getRequestUri().toString()).path("/").httpOnly(true)
                    .sameSite(jakarta.ws.rs.core.NewCookie.SameSite.LAX).build());
        }
        return r.build();
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return respond(new Problem("about:blank", "Invalid request", 400, e.getMessage(), path(uri),
                List.of(new Problem.FieldError(e.parameter(), e.getMessage())), null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", "Your account's role does not allow this"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            return e.getResponse();
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "Nothing is here";
            case 405 -> "This method is not allowed here";
            case 406 -> "No representation of this resource matches the Accept header";
            case 413 -> "The request body is too large";
            case 415 -> "Send the body as application/json";
            default -> status >= 500 ? "The server could not complete the request" : "The request was not understood";
        };
        return respond(new Problem("about:blank", title, status, detail, path(uri), null, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof AuthenticationFailedException || root instanceof UnauthorizedException) {
                // e.g. a disabled account's credentials sent to a public page: not signed in, not an error
                return unauthorized((RuntimeException) root, uri, request);
            }
            if (root instanceof OptimisticLockException || root instanceof StaleStateException) {
                return stale((RuntimeException) root, uri);
            }
            if (root instanceof ProblemException p) {
                return problem(p, uri);
            }
        }
        Log.errorf(e, "Unexpected error on %s", path(uri));
        return respond(Problem.of(500, "Internal error", "The server could not complete the request"));
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri == null || uri.getPath().startsWith("/api");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String field(ConstraintViolation<?> v) {
        String p = v.getPropertyPath().toString();
        // "ingest.request.text" -> "text": the method and parameter names are ours, not the caller's
        String[] parts = p.split("\\.");
        return parts.length >= 3 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }
}
