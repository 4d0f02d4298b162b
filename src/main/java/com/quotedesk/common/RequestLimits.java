package com.quotedesk.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Over-long addresses and headers are refused here with a problem document, before sign-in or any
 * resource. Vert.x refuses them itself past its own limits, but with a bare status and no body; those
 * limits are set higher (application.properties, quarkus.http.limits) so that ordinary abuse lands here.
 */
@Singleton
public class RequestLimits {

    /** Longest request target (path and query) accepted, in characters. */
    public static final int MAX_URI = 8192;
    /** Largest sum of header lines accepted, in bytes (Vert.x's own default). */
    public static final int MAX_HEADERS = 20 * 1024;

    void register(@Observes Filters filters) {
        // before everything else, sign-in included
        filters.register(RequestLimits::check, Integer.MAX_VALUE);
    }

    static void check(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && uri.length() > MAX_URI) {
            refuse(rc, 414, "URI Too Long", "The address is longer than " + MAX_URI + " characters");
        } else if (headerBytes(rc.request().headers()) > MAX_HEADERS) {
            refuse(rc, 431, "Request Header Fields Too Large",
                    "The request headers are larger than " + MAX_HEADERS / 1024 + " KB in all");
        } else {
            rc.next();
        }
    }

    private static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> h : headers) {
            total += h.getKey().length() + h.getValue().length() + 4; // ": " and CRLF
        }
        return total;
    }

    private static void refuse(RoutingContext rc, int status, String title, String detail) {
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
