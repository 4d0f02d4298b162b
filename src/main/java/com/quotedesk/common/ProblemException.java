package com.quotedesk.common;

/** Thrown by services for an error a client caused; becomes a problem+json response. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String field;
    private final transient Object current;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null, null);
    }

    public ProblemException(int status, String title, String detail, String field, Object current) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.field = field;
        this.current = current;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(400, "Invalid request", detail, field, null);
    }

    public static ProblemException conflict(String detail, Object current) {
        return new ProblemException(409, "Conflict", detail, null, current);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public Object current() {
        return current;
    }
}
