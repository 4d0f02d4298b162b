package com.quotedesk.trust;

import com.quotedesk.trust.Accounts.As;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many clients at once: sixteen reviews of one version leave exactly one winner and one history entry;
 * the same article posted by several clients at once is stored once.
 */
@QuarkusTest
class ConcurrencyTest {

    private static final int REVIEWERS = 16;

    @Inject
    EntityManager em;

    @Test
    void shouldLetExactlyOneOfSixteenSimultaneousReviewsWin() throws Exception {
        Accounts.as(As.REVIEWER);
        Fixtures.Made made = Fixtures.claim();
        long version = Fixtures.version(made.claimId());
        int historyBefore = history(made.claimId()).size();

        List<Response> answers = simultaneously(REVIEWERS, i -> Accounts.as(As.REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("status", i % 2 == 0 ? "ATTRIBUTED" : "DISPUTED", "note", "reviewer " + i,
                        "version", version))
                .put("/api/claims/{id}/review", made.claimId()));

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Response::statusCode,
                Collectors.counting()));
        assertEquals(Map.of(200, 1L, 409, (long) REVIEWERS - 1), byStatus, "one winner, fifteen conflicts");
        Response winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        long newVersion = winner.jsonPath().getLong("version");
        for (Response loser : answers) {
            if (loser.statusCode() == 409) {
                Problems.assertProblem(loser, 409, "a losing review");
                assertEquals(newVersion, loser.jsonPath().getLong("current.version"),
                        "the conflict names the current version: " + loser.asString());
                assertEquals(winner.jsonPath().getString("note"), loser.jsonPath().getString("current.note"),
                        "the conflict shows the winner's values");
            }
        }
        List<Map<String, Object>> history = history(made.claimId());
        assertEquals(historyBefore + 1, history.size(), "exactly one change recorded: " + history);
        assertEquals(Accounts.As.REVIEWER.username, history.get(history.size() - 1).get("by"));
        assertEquals(winner.jsonPath().getString("note"), Fixtures.getClaim(made.claimId()).getString("note"));
    }

    @Test
    void shouldStoreTheSameArticlePostedByManyClientsAtOnceOnce() throws Exception {
        Accounts.as(As.REVIEWER);
        String text = Fixtures.text(Fixtures.unique());
        Snapshot before = Snapshot.take(em);

        List<Response> answers = simultaneously(8, i -> Accounts.as(As.REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("text", text)).post("/api/articles"));

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Response::statusCode,
                Collectors.counting()));
        assertEquals(Map.of(201, 1L, 200, 7L), byStatus, "one created, the others answered with it: "
                + answers.stream().map(r -> r.statusCode() + " " + Problems.clip(r.asString())).toList());
        assertEquals(1, answers.stream().map(r -> r.jsonPath().getLong("id")).distinct().count(),
                "every client gets the same article");
        assertEquals(before.counts().get("article") + 1, Snapshot.take(em).counts().get("article"),
                "exactly one article row more");
    }

    private static List<Map<String, Object>> history(long claimId) {
        return Accounts.admin().get("/api/claims/{id}/history", claimId).then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    interface Client {
        Response call(int index);
    }

    /** Runs {@code n} calls released together by a barrier, and returns their answers. */
    static List<Response> simultaneously(int n, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier start = new CyclicBarrier(n);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Response> task = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return client.call(index);
                };
                futures.add(pool.submit(task));
            }
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
