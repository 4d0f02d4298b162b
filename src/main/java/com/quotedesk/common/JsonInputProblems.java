package com.quotedesk.common;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus ships its own mapper for Jackson's {@link MismatchedInputException} (wrong type, unknown enum
 * value, an array for an object), which answers plain JSON or an empty 400; this one wins and gives the
 * same problem document as every other bad body.
 */
public class JsonInputProblems {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return new ProblemMappers().json(e, uri);
    }
}
