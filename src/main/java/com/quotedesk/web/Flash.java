package com.quotedesk.web;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Post/Redirect/Get with a one-shot message: a POST answers 303 with the message in a short-lived
 * cookie; the next page shows it (see {@link WebContext#getFlash()}) and {@link WebFilters} deletes it.
 */
public final class Flash {

    static final String COOKIE = "qd-flash";

    private Flash() {
    }

    public static Response ok(String location, String message) {
        return redirect(location, "ok", message);
    }

    public static Response error(String location, String message) {
        return redirect(location, "error", message);
    }

    private static Response redirect(String location, String kind, String message) {
        String value = URLEncoder.encode(kind + ":" + message, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(location))
                .cookie(new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(60).httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }
}
