package com.quotedesk.trust;

import com.quotedesk.trust.Accounts.As;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review history: who, when, before and after for every change; stale versions refused; append-only. */
@QuarkusTest
class ReviewHistoryTest {

    @Inject
    EntityManager em;

    @Test
    void shouldRecordWhoWhenAndTheValuesBeforeAndAfter() {
        Fixtures.Made made = Fixtures.claim();
        long v = Fixtures.version(made.claimId());
        Accounts.as(As.REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("status", "DISPUTED", "note", "Contested by the ministry", "evidenceUrl",
                        "https://example.org/denial", "version", v))
                .put("/api/claims/{id}/review", made.claimId()).then().statusCode(200);
        Accounts.as(As.REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("dismissed", true, "reason", "Not a quote"))
                .patch("/api/claims/{id}", made.claimId()).then().statusCode(200);

        JsonPath history = Accounts.as(As.VIEWER).get("/api/claims/{id}/history", made.claimId()).then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = history.getList("$");
        assertEquals(3, entries.size(), "created, reviewed, dismissed: " + entries);
        assertEquals("CREATED", history.getString("[0].action"));
        assertEquals("admin", history.getString("[0].by"));
        assertEquals("trust-reviewer", history.getString("[1].by"));
        assertNotNull(history.getString("[1].at"));
        assertTrue(history.getList("[1].changes").contains(Map.of("field", "status", "from", "UNVERIFIED",
                "to", "DISPUTED")), "status before and after: " + history.getList("[1].changes"));
        assertTrue(history.getList("[1].changes").contains(Map.of("field", "evidenceUrl",
                "to", "https://example.org/denial")) || history.getString("[1].changes").contains("evidenceUrl"),
                "evidence recorded");
        assertEquals("Contested by the ministry", history.getString("[1].note"));
        assertTrue(history.getString("[2].changes").contains("dismissed"), "dismissal recorded");
    }

    @Test
    void shouldRejectAStaleReviewWithConflictNamingTheCurrentClaim() {
        Fixtures.Made made = Fixtures.claim();
        long v = Fixtures.version(made.claimId());
        Accounts.as(As.REVIEWER).contentType(ContentType.JSON).body(Map.of("status", "ATTRIBUTED", "version", v))
                .put("/api/claims/{id}/review", made.claimId()).then().statusCode(200);

        Response stale = Accounts.as(As.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("status", "DISPUTED", "version", v)).put("/api/claims/{id}/review", made.claimId());

        Problems.assertProblem(stale, 409, "stale review");
        assertEquals(v + 1, stale.jsonPath().getLong("current.version"));
        assertEquals("ATTRIBUTED", stale.jsonPath().getString("current.status"));
        assertTrue(stale.jsonPath().getString("detail").contains("version " + (v + 1)), stale.asString());
        assertEquals("ATTRIBUTED", Fixtures.getClaim(made.claimId()).getString("status"));
    }

    @Test
    void shouldNotLetAnyRequestEditOrDeleteHistory() {
        Fixtures.Made made = Fixtures.claim();
        Snapshot before = Snapshot.take(em);
        for (String method : List.of("PUT", "DELETE", "POST", "PATCH")) {
            Response r = Accounts.admin().contentType(ContentType.JSON).body("[]")
                    .request(method, "/api/claims/" + made.claimId() + "/history");
            Problems.assertProblem(r, 405, method + " on history");
        }
        Response delete = Accounts.admin().delete("/api/claims/{id}", made.claimId());
        Problems.assertProblem(delete, 405, "DELETE of a claim");
        before.assertUnchanged(em, "history edits");
        for (String endpoint : Endpoints.declared()) {
            assertTrue(!endpoint.contains("history") || endpoint.startsWith("GET "),
                    "only reads may touch history: " + endpoint);
            assertTrue(!endpoint.startsWith("DELETE ") || !endpoint.contains("claims"),
                    "claims are dismissed, never deleted: " + endpoint);
        }
    }
}
