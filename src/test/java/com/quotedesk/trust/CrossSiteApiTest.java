package com.quotedesk.trust;

import com.quotedesk.trust.Accounts.As;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.quotedesk.trust.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page on another site can make the browser POST to the API, with no body, and the browser adds the
 * Basic credentials and cookies it remembers. Every changing API endpoint refuses that (403 when the
 * browser names another site, 415 for a cookie-carrying request that is not JSON) and changes nothing;
 * programs that send Basic credentials and JSON, like curl, keep working.
 */
@QuarkusTest
class CrossSiteApiTest {

    @Inject
    EntityManager em;

    @Test
    void shouldRefuseBodylessPostsFromAnotherSiteOnEveryChangingEndpoint() {
        long claim = Fixtures.claim().claimId();
        long speaker = Fixtures.speaker();
        Snapshot before = Snapshot.take(em);
        List<String> changing = Endpoints.declared().stream()
                .filter(e -> e.contains(" /api/") && !e.startsWith("GET ")).toList();
        assertTrue(changing.contains("POST /api/articles/sample"), "endpoints found: " + changing);
        for (String endpoint : changing) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                    .replace("/api/claims/{}", "/api/claims/" + claim)
                    .replace("/api/speakers/{}", "/api/speakers/" + speaker)
                    .replace("{}", "1");
            for (Map<String, String> headers : List.of(Map.of("Origin", "https://evil.example"),
                    Map.of("Origin", "null"), Map.of("Sec-Fetch-Site", "cross-site"),
                    Map.of("Sec-Fetch-Site", "same-site", "Origin", "https://news.evil.example"))) {
                Response r = Accounts.as(As.ADMIN).headers(headers).request(method, path);
                assertProblem(r, 403, method + " " + path + " with " + headers);
            }
            // a browser that sends no Origin (old, or a cookie-carrying form): cookies without JSON are refused
            Response form = Accounts.as(As.ADMIN).cookie("quarkus-credential", "anything")
                    .contentType(ContentType.URLENC).request(method, path);
            assertProblem(form, 415, method + " " + path + " with a cookie and no JSON");
            Response plain = Accounts.as(As.ADMIN).cookie("session", "x").request(method, path);
            assertProblem(plain, 415, method + " " + path + " with a cookie and no content type");
        }
        before.assertUnchanged(em, "cross-site API requests");
    }

    @Test
    void shouldRefuseACrossSiteJsonIngest() {
        Accounts.as(As.REVIEWER);
        Snapshot before = Snapshot.take(em);
        Response r = Accounts.as(As.REVIEWER).header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.text(Fixtures.unique()))).post("/api/articles");
        assertProblem(r, 403, "cross-site JSON ingest");
        before.assertUnchanged(em, "cross-site JSON ingest");
    }

    @Test
    void shouldKeepServingProgramsAndThisSitesOwnPages() {
        Response curlLike = Accounts.as(As.REVIEWER).contentType(ContentType.JSON).post("/api/articles/sample");
        assertTrue(curlLike.statusCode() / 100 == 2, "a Basic-auth client without Origin or cookies: "
                + curlLike.statusCode() + " " + curlLike.asString());
        String self = "http://localhost:" + RestAssured.port;
        Response sameOrigin = Accounts.as(As.REVIEWER).header("Origin", self).header("Sec-Fetch-Site", "same-origin")
                .cookie("quarkus-credential", "anything").contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.text(Fixtures.unique()))).post("/api/articles");
        assertTrue(sameOrigin.statusCode() == 201, "same-origin JSON with a cookie: " + sameOrigin.statusCode()
                + " " + sameOrigin.asString());
        Accounts.as(As.VIEWER).header("Origin", "https://evil.example").get("/api/claims").then().statusCode(200);
    }
}
