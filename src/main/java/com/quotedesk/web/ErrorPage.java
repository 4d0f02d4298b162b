package com.quotedesk.web;

import com.quotedesk.common.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Errors on pages are pages too: same status as the API would give, in words, with a way back. */
public final class ErrorPage {

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    private ErrorPage() {
    }

    static Response of(ProblemException e) {
        return of(e.status(), e.title(), e.getMessage());
    }

    static Response forbidden() {
        return of(403, "Not allowed", "Your account's role does not allow this. Ask an admin if you need it.");
    }

    static Response of(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail)).build();
    }
}
