package com.quotedesk.speaker;

import com.quotedesk.extraction.Lexicon;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The shipped registry is taken in once per version of the seed, and a start with the same seed does nothing. */
@QuarkusTest
class RegistrySeederTest {

    @Inject
    RegistrySeeder seeder;

    @Inject
    EntityManager em;

    @Test
    void shouldRecordTheSeedItTookInAndSkipItNextStart() {
        String hash = RegistrySeeder.hash(Lexicon.readSeed());
        assertEquals(List.of(hash), recorded(), "the seed applied at start-up is recorded");
        long speakers = QuarkusTransaction.requiringNew().call(() -> Speaker.count());

        seeder.onStart(null);

        assertEquals(List.of(hash), recorded(), "the same seed is not recorded twice");
        assertEquals(speakers, QuarkusTransaction.requiringNew().call(() -> Speaker.count()));
    }

    @Test
    void shouldSeeAChangedSeedAsNew() {
        List<Lexicon.Entry> seed = Lexicon.readSeed();
        assertNotEquals(RegistrySeeder.hash(seed), RegistrySeeder.hash(seed.subList(1, seed.size())));
    }

    @SuppressWarnings("unchecked")
    private List<String> recorded() {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select hash from registry_seed").getResultList());
    }
}
