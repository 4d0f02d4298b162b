package com.quotedesk.claim;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The totals of large searches, remembered until a claim changes. Counting is most of the cost of a
 * search that matches many claims (50,000 index entries for one busy speaker, 5–10 ms on either
 * database, on every page); the same search asked again, or the next page of it, reuses the total.
 *
 * <p>Every insert, update or delete of a claim through the persistence layer (the only way this
 * service writes claims) advances a generation, once when it is flushed and again when its transaction
 * ends, and a total counted under an older generation is not used: within one instance a total is
 * always exact. Another instance's writes to a shared PostgreSQL database are not seen here, so a total
 * is also forgotten after {@link #TTL_NANOS}: across instances a large total may lag by that much.
 * Totals under {@link #MIN_REMEMBERED} are cheap to count and are never remembered.
 */
public final class ClaimTotals {

    static final long MIN_REMEMBERED = 1_000;
    static final long TTL_NANOS = 2_000_000_000L;
    private static final int MAX_ENTRIES = 2_048;
    /** A search for a long text is not remembered: the map stays within a few megabytes. */
    private static final int MAX_KEY_LENGTH = 1_000;
    private static final Object TX_KEY = new Object();

    private static final AtomicLong GENERATION = new AtomicLong();
    private static final Map<String, Total> TOTALS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Total> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private record Total(long value, long generation, long countedAt) {
    }

    private ClaimTotals() {
    }

    /** The total for {@code key} (the search's conditions and bind values), counted by {@code count} if need be. */
    static long total(String key, LongSupplier count) {
        long generation = GENERATION.get();
        long now = System.nanoTime();
        Total known;
        synchronized (TOTALS) {
            known = TOTALS.get(key);
        }
        if (known != null && known.generation() == generation && now - known.countedAt() < TTL_NANOS) {
            return known.value();
        }
        long value = count.getAsLong();
        if (value >= MIN_REMEMBERED && key.length() <= MAX_KEY_LENGTH) {
            synchronized (TOTALS) {
                TOTALS.put(key, new Total(value, generation, now));
            }
        }
        return value;
    }

    /** A claim was written: totals counted before are stale now and again once the write commits. */
    static void claimsChanged() {
        GENERATION.incrementAndGet();
        ArcContainer container = Arc.container();
        if (container == null) {
            return;
        }
        try (InstanceHandle<TransactionSynchronizationRegistry> h = container
                .instance(TransactionSynchronizationRegistry.class)) {
            TransactionSynchronizationRegistry tx = h.isAvailable() ? h.get() : null;
            if (tx == null || tx.getTransactionStatus() != Status.STATUS_ACTIVE || tx.getResource(TX_KEY) != null) {
                return;
            }
            tx.putResource(TX_KEY, Boolean.TRUE);
            tx.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    GENERATION.incrementAndGet();
                }
            });
        } catch (IllegalStateException tooLate) {
            // the transaction is already completing: the time limit still bounds how long a total can lag
        }
    }

    /** For tests: how many times claims have been written (each write counts once or twice). */
    static long generation() {
        return GENERATION.get();
    }

    /** Registered on {@link Claim}: every row written moves the generation on. */
    public static final class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Claim claim) {
            claimsChanged();
        }
    }
}
