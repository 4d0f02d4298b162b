package com.quotedesk.trust;

import io.restassured.response.Response;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on error answers: RFC 9457 problem+json, and nothing internal in any body. */
public final class Problems {

    /** What must never reach a client: stack frames, exception or package names, SQL. */
    private static final Pattern INTERNAL = Pattern.compile(
            "(?i)(\\bat [a-z]+\\.[a-z]+\\.|\\.java:\\d+|exception\\b|\\bcom\\.quotedesk|\\borg\\.hibernate|\\bjava\\.|"
                    + "\\bjakarta\\.|\\bio\\.quarkus|\\bio\\.vertx|\\borg\\.h2|\\borg\\.postgresql|\\bselect\\s.+\\sfrom\\s|"
                    + "\\binsert into\\b|\\bupdate \\w+ set\\b|\\bdelete from\\b|sqlstate|constraint \\w+)");

    private Problems() {
    }

    /** Asserts status, problem+json, the RFC fields, and a clean body. */
    public static void assertProblem(Response r, int status, String what) {
        String body = r.asString();
        assertEquals(status, r.statusCode(), what + ": status; body was " + clip(body));
        assertTrue(r.contentType() != null && r.contentType().startsWith("application/problem+json"),
                what + ": expected application/problem+json, got '" + r.contentType() + "': " + clip(body));
        assertEquals(status, r.jsonPath().getInt("status"), what + ": status field");
        assertTrue(r.jsonPath().getString("title") != null && !r.jsonPath().getString("title").isBlank(),
                what + ": title");
        assertTrue(r.jsonPath().getString("detail") != null && !r.jsonPath().getString("detail").isBlank(),
                what + ": detail");
        assertClean(body, what);
    }

    /** Like {@link #assertProblem} and the problem names {@code field} among its errors. */
    public static void assertProblemOnField(Response r, int status, String field, String what) {
        assertProblem(r, status, what);
        assertTrue(r.jsonPath().getList("errors.field").contains(field),
                what + ": the problem should name field '" + field + "': " + clip(r.asString()));
    }

    public static void assertClean(String body, String what) {
        Matcher m = INTERNAL.matcher(body == null ? "" : body);
        assertFalse(m.find(), () -> what + ": the body leaks internals ('" + m.group() + "'): " + clip(body));
    }

    static String clip(String s) {
        return s == null ? "null" : s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
