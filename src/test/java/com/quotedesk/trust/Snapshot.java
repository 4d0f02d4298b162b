package com.quotedesk.trust;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Row counts of every table plus the sum of claim versions: equal snapshots before and after a
 * refused request prove it changed nothing.
 */
public record Snapshot(Map<String, Long> counts) {

    private static final List<String> TABLES = List.of("article", "segment", "claim", "claim_aud", "revinfo",
            "speaker", "speaker_alias", "source", "source_alias", "app_user");

    public static Snapshot take(EntityManager em) {
        return new Snapshot(QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String t : TABLES) {
                counts.put(t, ((Number) em.createNativeQuery("select count(*) from " + t).getSingleResult())
                        .longValue());
            }
            Number versions = (Number) em.createNativeQuery("select coalesce(sum(version), 0) from claim")
                    .getSingleResult();
            counts.put("sum(claim.version)", versions.longValue());
            return counts;
        }));
    }

    public void assertUnchanged(EntityManager em, String what) {
        assertEquals(counts, take(em).counts, what + ": the database changed");
    }
}
