package com.quotedesk.common;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or form parameter that is not what its resource method declares (a number, mostly).
 * A {@link jakarta.ws.rs.WebApplicationException}, so RESTEasy passes it on as it is instead of turning a
 * failed conversion into a 404; {@link ProblemMappers} answers 400 naming the parameter.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
