package com.quotedesk.review;

import com.quotedesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.quotedesk.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReviewFlowTest {

    private static long firstClaim(long article) {
        return admin().get("/api/articles/" + article + "/claims").jsonPath().getLong("[0].id");
    }

    private static long freshArticle() {
        return Api.ingest("Officials said: \"The bridge will reopen on Monday.\" " + UUID.randomUUID()
                + "\n\nThe mayor added: \"We are ready.\"");
    }

    private static Map<String, Object> review(String status, String note, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("note", note);
        body.put("evidenceUrl", "https://example.org/evidence");
        body.put("version", version);
        return body;
    }

    @Test
    void shouldRecordAReviewWithReviewerAndTime() {
        long claim = firstClaim(freshArticle());
        admin().body(review("ATTRIBUTED", "Checked the video", 0)).put("/api/claims/" + claim + "/review").then()
                .statusCode(200).body("status", equalTo("ATTRIBUTED"), "note", equalTo("Checked the video"),
                        "evidenceUrl", equalTo("https://example.org/evidence"), "version", equalTo(1),
                        "reviewedBy", equalTo("admin"));
        admin().get("/api/claims/" + claim).then().body("status", equalTo("ATTRIBUTED"));
    }

    @Test
    void shouldRejectStaleReviewWithConflictAndKeepTheFirst() {
        long claim = firstClaim(freshArticle());
        admin().body(review("ATTRIBUTED", "first", 0)).put("/api/claims/" + claim + "/review").then().statusCode(200);
        String body = admin().body(review("DISPUTED", "second", 0)).put("/api/claims/" + claim + "/review").then()
                .statusCode(409).contentType("application/problem+json").body("current.version", equalTo(1),
                        "current.status", equalTo("ATTRIBUTED")).extract().asString();
        Api.assertNoInternals(body);
        admin().get("/api/claims/" + claim).then().body("status", equalTo("ATTRIBUTED"), "note", equalTo("first"));
    }

    @Test
    void shouldRejectInvalidReviewsWith400AndChangeNothing() {
        long claim = firstClaim(freshArticle());
        admin().body("{\"status\": \"MAYBE\", \"version\": 0}").put("/api/claims/" + claim + "/review").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        admin().body("{\"status\": \"ATTRIBUTED\"}").put("/api/claims/" + claim + "/review").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        admin().body(review("ATTRIBUTED", "x", 0)).put("/api/claims/99999999/review").then().statusCode(404);
        Map<String, Object> bad = review("ATTRIBUTED", "x", 0);
        bad.put("evidenceUrl", "not a url");
        admin().body(bad).put("/api/claims/" + claim + "/review").then().statusCode(400)
                .body("errors[0].field", equalTo("evidenceUrl"));
        admin().get("/api/claims/" + claim).then().body("status", equalTo("UNVERIFIED"), "version", equalTo(0));
    }

    @Test
    void shouldCorrectSpeakerSourceKindAndOffsets() {
        long article = freshArticle();
        String text = admin().get("/api/articles/" + article).jsonPath().getString("text");
        long claim = firstClaim(article);
        int start = text.indexOf("The bridge");
        int end = text.indexOf("Monday") + "Monday".length();
        admin().body(Map.of("speaker", "Vladimir Putin", "source", "TASS", "kind", "REPORTED", "start", start,
                        "end", end)).patch("/api/claims/" + claim).then().statusCode(200)
                .body("speaker.name", equalTo("Vladimir Putin"), "source.name", equalTo("TASS"),
                        "kind", equalTo("REPORTED"), "quote", equalTo(text.substring(start, end)),
                        "speakerSetBy", equalTo("REVIEWER"), "flags", hasItem("STATE_MEDIA_SOURCE"));
        admin().body(Map.of("speaker", "")).patch("/api/claims/" + claim).then().statusCode(200)
                .body("speaker", nullValue());
    }

    @Test
    void shouldCreateANewSpeakerForAnUnknownName() {
        long claim = firstClaim(freshArticle());
        String name = "Mayor " + UUID.randomUUID().toString().substring(0, 6);
        long speaker = admin().body(Map.of("speaker", name)).patch("/api/claims/" + claim).then().statusCode(200)
                .body("speaker.name", equalTo(name)).extract().jsonPath().getLong("speaker.id");
        admin().get("/api/speakers/" + speaker).then().statusCode(200).body("claimCount", equalTo(1));
    }

    @Test
    void shouldRejectBadOffsetsWith400() {
        long claim = firstClaim(freshArticle());
        admin().body(Map.of("start", -1)).patch("/api/claims/" + claim).then().statusCode(400)
                .body("errors[0].field", equalTo("start"));
        admin().body(Map.of("start", 10, "end", 5)).patch("/api/claims/" + claim).then().statusCode(400)
                .body("errors[0].field", equalTo("end"));
        admin().body(Map.of("start", 0, "end", 10_000_000)).patch("/api/claims/" + claim).then().statusCode(400);
        admin().body(Map.of("version", 7, "kind", "REPORTED")).patch("/api/claims/" + claim).then().statusCode(409);
        admin().get("/api/claims/" + claim).then().body("kind", equalTo("DIRECT"), "version", equalTo(0));
    }

    @Test
    void shouldDismissWithAReasonAndKeepTheClaimInHistory() {
        long claim = firstClaim(freshArticle());
        admin().body(Map.of("dismissed", true)).patch("/api/claims/" + claim).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        admin().body(Map.of("dismissed", true, "reason", "A book title, not a quotation")).patch("/api/claims/" + claim)
                .then().statusCode(200).body("dismissed", equalTo(true), "dismissReason",
                        equalTo("A book title, not a quotation"));
        admin().get("/api/claims/" + claim).then().statusCode(200).body("dismissed", equalTo(true));
    }

    @Test
    void shouldAddAClaimTheExtractorMissed() {
        long article = freshArticle();
        String text = admin().get("/api/articles/" + article).jsonPath().getString("text");
        int start = text.indexOf("We are ready");
        long before = admin().get("/api/articles/" + article).jsonPath().getLong("claimCount");
        long id = admin().body(Map.of("start", start, "end", start + 12, "kind", "REPORTED", "speaker", "The mayor"))
                .post("/api/articles/" + article + "/claims").then().statusCode(201)
                .body("quote", equalTo("We are ready"), "origin", equalTo("REVIEWER"),
                        "speaker.name", equalTo("The mayor")).extract().jsonPath().getLong("id");
        admin().get("/api/claims/" + id).then().statusCode(200);
        assertEquals(before + 1, admin().get("/api/articles/" + article).jsonPath().getLong("claimCount"));
        admin().body(Map.of("start", 5)).post("/api/articles/" + article + "/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("end"));
        admin().body(Map.of("start", 0, "end", 3)).post("/api/articles/987654/claims").then().statusCode(404);
    }

    @Test
    void shouldListEveryChangeInHistoryWithWhoAndWhat() {
        long claim = firstClaim(freshArticle());
        String reviewer = Api.newUser("reviewer");
        Api.user(reviewer).body(review("DISPUTED", "Words differ from the video", 0))
                .put("/api/claims/" + claim + "/review").then().statusCode(200);
        Api.user(reviewer).body(Map.of("speaker", "Kim Jong Un")).patch("/api/claims/" + claim).then().statusCode(200);
        admin().body(Map.of("dismissed", true, "reason", "duplicate")).patch("/api/claims/" + claim).then()
                .statusCode(200);
        JsonPath history = admin().get("/api/claims/" + claim + "/history").then().statusCode(200).extract().jsonPath();
        List<String> actions = history.getList("action");
        assertEquals(List.of("CREATED", "CHANGED", "CHANGED", "CHANGED"), actions);
        assertEquals(reviewer, history.getString("[1].by"));
        assertEquals("Words differ from the video", history.getString("[1].note"));
        assertTrue(history.getList("[1].changes.field").contains("status"));
        assertEquals("Kim Jong Un", history.getString("[2].changes.find { it.field == 'speaker' }.to"));
        assertEquals("admin", history.getString("[3].by"));
        assertTrue(history.getList("[3].changes.field").contains("dismissed"));
        admin().get("/api/claims/987654321/history").then().statusCode(404);
    }

    @Test
    void shouldForbidViewersToReview() {
        long claim = firstClaim(freshArticle());
        String viewer = Api.newUser("viewer");
        Api.user(viewer).body(review("ATTRIBUTED", null, 0)).put("/api/claims/" + claim + "/review").then()
                .statusCode(403);
        Api.user(viewer).get("/api/claims/" + claim + "/history").then().statusCode(200)
                .body("size()", greaterThan(0));
    }
}
