package com.quotedesk.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.quotedesk.report.ReportFixture.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Format negotiation, errors as problem+json, roles, and the per-speaker report. */
@QuarkusTest
class ReportApiTest {

    @Test
    void shouldPreferTheFormatParameterOverTheAcceptHeader() {
        long id = ReportFixture.article();
        admin().accept("text/csv").get("/api/articles/{id}/report?format=md", id).then().statusCode(200)
                .header("Content-Type", startsWith("text/markdown"));
    }

    @Test
    void shouldNegotiateByAcceptQuality() {
        long id = ReportFixture.article();
        admin().accept("image/png, application/pdf;q=0.5, text/html;q=0.9").get("/api/articles/{id}/report", id)
                .then().statusCode(200).header("Content-Type", startsWith("text/html"));
        admin().accept("application/ld+json").get("/api/articles/{id}/report", id)
                .then().statusCode(200).header("Content-Type", startsWith("application/ld+json"));
        admin().accept("*/*").get("/api/articles/{id}/report", id)
                .then().statusCode(200).header("Content-Type", startsWith("application/json"));
    }

    @Test
    void shouldRejectAnUnknownFormatNamingTheField() {
        long id = ReportFixture.article();
        admin().get("/api/articles/{id}/report?format=docx", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo("format"))
                .body("detail", containsString("docx"));
    }

    @Test
    void shouldAnswerNotAcceptableWhenNoFormatMatches() {
        long id = ReportFixture.article();
        admin().accept("image/png").get("/api/articles/{id}/report", id).then().statusCode(406)
                .contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownArticleOrSpeaker() {
        admin().get("/api/articles/987654321/report?format=csv").then().statusCode(404)
                .contentType("application/problem+json");
        admin().get("/api/report?speaker=Nobody Atall&format=csv").then().statusCode(404)
                .contentType("application/problem+json");
        admin().get("/api/report?format=csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("speaker"));
    }

    @Test
    void shouldLetViewersDownloadAndAskAnonymousCallersToSignIn() {
        long id = ReportFixture.article();
        given().get("/api/articles/{id}/report?format=csv", id).then().statusCode(401);
        given().get("/api/report?speaker=Putin&format=csv").then().statusCode(401);
        String name = "viewer-" + System.nanoTime();
        admin().contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "viewer-password-1", "roles", List.of("viewer")))
                .post("/api/users").then().statusCode(201);
        given().auth().preemptive().basic(name, "viewer-password-1").get("/api/articles/{id}/report?format=md", id)
                .then().statusCode(200);
    }

    @Test
    void shouldReportOneSpeakerAcrossArticlesByAnyAlias() {
        long id = ReportFixture.article();
        String body = admin().get("/api/report?speaker=بوتين&format=json").then().statusCode(200)
                .header("Content-Disposition", containsString("quotedesk-speaker-")).extract().asString();
        ReportFixture.keep("speaker.json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonPath j = JsonPath.from(body);
        assertEquals("speaker", j.getString("header.kind"));
        assertEquals(List.of("Vladimir Putin"), j.getList("header.speakers.name"));
        assertTrue(j.getList("articles.article.id", Long.class).contains(id),
                "claims grouped by article, the fixture's among them (other tests may have quoted him too)");
        List<String> speakers = j.getList("articles.claims.flatten().speaker");
        assertTrue(speakers.size() >= 3 && speakers.stream().allMatch("Vladimir Putin"::equals),
                "every claim is the speaker's: " + speakers);
        assertEquals(speakers.size(), j.getInt("summary.byStatus.total"));
        assertTrue(j.getInt("summary.stateMediaOnly") >= 1, "one of Putin's claims came through TASS");
        List<String> stateSources = j.getList("articles.claims.flatten().findAll { it.stateMediaSource }.source");
        assertTrue(!stateSources.isEmpty() && stateSources.stream().allMatch("TASS"::equals),
                "Putin's claims through state media name TASS: " + stateSources);
        admin().get("/api/report?speaker=" + "فلاديمير بوتن" + "&format=html").then().statusCode(200)
                .header("Content-Type", startsWith("text/html"));
    }

    @Test
    void shouldListASpeakersClaimsArticleByArticleInTextOrder() {
        // Several small articles: the report reads consecutive articles' claims together (Report.claims)
        String speaker = "Zorbian Quillfeather" + (System.nanoTime() % 100000);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String text = "Harbour works " + speaker + " " + i + "\n\n\"The harbour will open in spring " + i
                    + ",\" said " + speaker + ".\n\nThe council met on Monday.\n\n\"The cost is fixed at " + i
                    + " million,\" " + speaker + " said.\n";
            ids.add(admin().contentType(ContentType.JSON).body(Map.of("text", text, "outlet", "Test Gazette"))
                    .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        JsonPath j = JsonPath.from(admin().get("/api/report?speaker=" + speaker + "&format=json")
                .then().statusCode(200).extract().asString());
        assertEquals(ids, j.getList("articles.article.id", Long.class), "articles oldest first");
        for (int i = 0; i < ids.size(); i++) {
            List<String> quotes = j.getList("articles[" + i + "].claims.quote");
            assertEquals(2, quotes.size(), "both quotes of article " + i + ": " + quotes);
            assertTrue(quotes.get(0).contains("spring " + i) && quotes.get(1).contains("fixed at " + i),
                    "text order within article " + i + ": " + quotes);
        }
        assertEquals(8, j.getInt("summary.byStatus.total"));
        String csv = admin().get("/api/report?speaker=" + speaker + "&format=csv").then().statusCode(200)
                .extract().asString();
        assertEquals(9, csv.strip().split("\r\n").length, "a header and eight rows:\n" + csv);
    }
}
