package com.quotedesk.trust;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over-long addresses and headers, sent over a real connection: a 414 or 431 problem document with
 * nothing internal, on the API and on pages, before sign-in; ordinary long ones still work. Over
 * HTTP/1.1 and over HTTP/2 (java.net.http upgrades a cleartext connection to HTTP/2 when it can).
 */
@QuarkusTest
class RequestLimitsTest {

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    @Test
    void shouldRefuseAnOverlongUrlWithAProblemDocument() throws Exception {
        for (String path : new String[] {"/api/claims?q=" + "a".repeat(20_000), "/api/claims/" + "9".repeat(10_000),
                "/search?q=" + "%D8%A7".repeat(3_000), "/" + "x".repeat(60_000)}) {
            for (HttpClient http : new HttpClient[] {http1, http2}) {
                HttpResponse<String> r = send(http, path, "X-Nothing", "1");
                assertProblem(r, 414, "URI Too Long", r.version() + " GET of " + path.length() + " characters");
            }
        }
    }

    @Test
    void shouldRefuseOverlongHeadersWithAProblemDocument() throws Exception {
        for (HttpClient http : new HttpClient[] {http1, http2}) {
            HttpResponse<String> one = send(http, "/api/claims", "X-Pad", "h".repeat(30_000));
            assertProblem(one, 431, "Request Header Fields Too Large", one.version() + " one 30 KB header");
            HttpRequest.Builder many = request("/api/claims");
            for (int i = 0; i < 40; i++) {
                many.header("X-Pad-" + i, "m".repeat(600));
            }
            HttpResponse<String> r = http.send(many.build(), HttpResponse.BodyHandlers.ofString());
            assertProblem(r, 431, "Request Header Fields Too Large", r.version() + " 40 headers of 600 bytes");
        }
    }

    @Test
    void shouldServeLongButReasonableRequests() throws Exception {
        for (HttpClient http : new HttpClient[] {http1, http2}) {
            HttpResponse<String> r = send(http, "/api/claims?q=" + "b".repeat(7_000), "X-Pad", "p".repeat(8_000));
            assertEquals(200, r.statusCode(), r.version() + " a 7,000-character query and an 8 KB header: "
                    + clip(r.body()));
        }
    }

    private HttpResponse<String> send(HttpClient http, String path, String header, String value) throws Exception {
        return http.send(request(path).header(header, value).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + Accounts.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
    }

    private static void assertProblem(HttpResponse<String> r, int status, String title, String what) {
        assertEquals(status, r.statusCode(), what + ": " + clip(r.body()));
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), what + ": content type was '" + type + "'");
        assertTrue(r.body().contains("\"status\":" + status) && r.body().contains("\"title\":\"" + title + "\"")
                && r.body().contains("\"detail\":"), what + ": " + clip(r.body()));
        Problems.assertClean(r.body(), what);
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
