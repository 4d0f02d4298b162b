package com.quotedesk.claim;

import com.quotedesk.support.ClaimRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.quotedesk.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large search total is counted once and reused, and any claim written through the service makes it
 * count again at once: the total a reviewer sees right after a correction is exact.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimTotalsTest {

    static final long SPEAKER = 970_000_001L;
    static final long ARTICLE = 970_000_002L;
    static final long FIRST_CLAIM = 970_100_000L;
    static final int CLAIMS = 1_200;
    /** A claim naming no speaker, given the busy one by a reviewer during the test. */
    static final long LOOSE_CLAIM = FIRST_CLAIM + CLAIMS;

    @Inject
    DataSource dataSource;

    @BeforeAll
    void insertABusySpeaker() throws Exception {
        try (Connection c = dataSource.getConnection(); ClaimRows rows = new ClaimRows(c)) {
            rows.speaker(SPEAKER, "Busy Totals Speaker");
            rows.article(ARTICLE, "Totals");
            for (int i = 0; i < CLAIMS; i++) {
                rows.claim(FIRST_CLAIM + i, ARTICLE, SPEAKER, i * 10, false);
            }
            rows.claim(LOOSE_CLAIM, ARTICLE, null, CLAIMS * 10, false);
        }
    }

    @AfterAll
    void removeThem() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM claim_aud WHERE id = " + LOOSE_CLAIM);
            s.executeUpdate("DELETE FROM claim WHERE article_id = " + ARTICLE);
            s.executeUpdate("DELETE FROM article WHERE id = " + ARTICLE);
            s.executeUpdate("DELETE FROM speaker WHERE id = " + SPEAKER);
        }
    }

    @Test
    void shouldCountAgainAsSoonAsAReviewerGivesAClaimToTheSpeaker() {
        total(CLAIMS);
        long before = ClaimTotals.generation();
        correct(Map.of("speaker", String.valueOf(SPEAKER)));
        assertTrue(ClaimTotals.generation() - before >= 2,
                "the write moves the generation when flushed and again when its transaction ends");
        total(CLAIMS + 1);
        correct(Map.of("speaker", ""));
        total(CLAIMS);
    }

    @Test
    void shouldReuseALargeTotalUntilAClaimChanges() {
        AtomicInteger counted = new AtomicInteger();
        String key = "test-" + UUID.randomUUID();
        assertEquals(5_000, ClaimTotals.total(key, () -> 5_000 + counted.getAndIncrement()));
        assertEquals(5_000, ClaimTotals.total(key, () -> 5_000 + counted.getAndIncrement()), "reused");
        assertEquals(1, counted.get());
        ClaimTotals.claimsChanged();
        assertEquals(5_001, ClaimTotals.total(key, () -> 5_000 + counted.getAndIncrement()), "counted again");
    }

    @Test
    void shouldNeverRememberASmallTotal() {
        AtomicInteger counted = new AtomicInteger();
        String key = "test-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            ClaimTotals.total(key, () -> 10 + counted.getAndIncrement());
        }
        assertEquals(3, counted.get(), "a total under a thousand is cheap: counted every time");
    }

    @Test
    void shouldForgetALargeTotalAfterTheTimeLimit() throws Exception {
        AtomicInteger counted = new AtomicInteger();
        String key = "test-" + UUID.randomUUID();
        ClaimTotals.total(key, () -> 5_000 + counted.getAndIncrement());
        Thread.sleep(ClaimTotals.TTL_NANOS / 1_000_000 + 100);
        assertEquals(5_001, ClaimTotals.total(key, () -> 5_000 + counted.getAndIncrement()),
                "another instance's writes are not seen here: a total is counted again after the limit");
    }

    private static void total(int expected) {
        admin().queryParam("speaker", SPEAKER).queryParam("size", 50).get("/api/claims").then().statusCode(200)
                .body("total", equalTo(expected));
    }

    private static void correct(Map<String, String> body) {
        admin().contentType(ContentType.JSON).body(body).patch("/api/claims/{id}", LOOSE_CLAIM).then().statusCode(200);
    }
}
