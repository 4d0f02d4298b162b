package com.quotedesk.speaker;

import com.quotedesk.common.Jdbc;
import com.quotedesk.extraction.Lexicon;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Brings the shipped registry (registry/seed.tsv) into the database at start-up, once per version of
 * the seed: the SHA-256 of its entries is recorded in {@code registry_seed} after they are all in, and a
 * start with the same seed skips the work (it was ≈ 270 queries, on every start). The seeding itself is
 * one transaction of a few statements ({@link RegistryService#seed}); an interrupted seeding is not
 * recorded and runs again (it only adds what is missing).
 */
@ApplicationScoped
public class RegistrySeeder {

    private final RegistryService registry;
    private final EntityManager em;
    private final DataSource dataSource;

    public RegistrySeeder(RegistryService registry, EntityManager em, DataSource dataSource) {
        this.registry = registry;
        this.em = em;
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) {
        List<Lexicon.Entry> entries = Lexicon.readSeed();
        String hash = hash(entries);
        if (Jdbc.count(dataSource, "select count(*) from registry_seed where hash = ?", hash) > 0) {
            return;
        }
        registry.seed(entries);
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "insert into registry_seed (hash, applied_at) values (?1, ?2)")
                    .setParameter(1, hash).setParameter(2, OffsetDateTime.now()).executeUpdate());
        } catch (PersistenceException e) {
            Log.debugf("Seed %s recorded by another instance first", hash);
        }
    }

    static String hash(List<Lexicon.Entry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Lexicon.Entry e : entries) {
                sha.update(e.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
