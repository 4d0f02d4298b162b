package com.quotedesk.account;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account name and locks the name for a while after too many in a row.
 * Accounts keep their count in the database, so every instance behind a load balancer sees one lock;
 * a name that is no account is counted in memory only, so probing names tells nothing about which exist.
 */
@ApplicationScoped
public class SignInThrottle {

    /** What is known about a name before its password is checked. */
    public record State(int failures, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private static final int MAX_NAMES_IN_MEMORY = 10_000;

    private final SignInConfig config;
    private final Map<String, State> unknownNames = new ConcurrentHashMap<>();

    public SignInThrottle(SignInConfig config) {
        this.config = config;
    }

    /** The name's state; throws a sign-in failure ({@link AccountLockedException}) while it is locked. Blocking. */
    public State check(String username) {
        return check(username, QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username)
                .map(u -> new State(u.failedSignIns, u.lockedUntil)).orElse(null)));
    }

    /** As {@link #check(String)}, with the account's state already read ({@code null}: no such account). */
    public State check(String username, State stored) {
        Instant now = Instant.now();
        State state = stored != null ? stored : unknownNames.getOrDefault(username, new State(0, null));
        if (state.lockedAt(now)) {
            throw AccountLockedException.until(state.lockedUntil());
        }
        return state;
    }

    /** Records a failed sign-in; the one that reaches the limit starts the lock. Blocking. */
    public void failed(String username) {
        Instant until = Instant.now().plus(config.lockFor());
        int updated = QuarkusTransaction.requiringNew().call(() -> {
            int rows = User.update("failedSignIns = failedSignIns + 1 where username = ?1", username);
            if (rows > 0) {
                User.update("lockedUntil = ?2, failedSignIns = 0 where username = ?1 and failedSignIns >= ?3",
                        username, until, config.maxFailures());
            }
            return rows;
        });
        if (updated == 0) {
            countInMemory(username, until);
        }
        Log.infof("Failed sign-in for '%s'", username);
    }

    /** A successful sign-in ends the run of failures. Blocking. */
    public void succeeded(String username) {
        unknownNames.remove(username);
        QuarkusTransaction.requiringNew().run(() ->
                User.update("failedSignIns = 0 where username = ?1 and failedSignIns > 0", username));
    }

    /** Forgets this instance's count for a name; the caller resets the account row. */
    public void forget(String username) {
        unknownNames.remove(username);
    }

    private void countInMemory(String username, Instant until) {
        if (unknownNames.size() >= MAX_NAMES_IN_MEMORY) {
            Instant now = Instant.now();
            unknownNames.values().removeIf(s -> !s.lockedAt(now));
            if (unknownNames.size() >= MAX_NAMES_IN_MEMORY) {
                unknownNames.clear();
            }
        }
        unknownNames.compute(username, (name, s) -> {
            int failures = (s == null ? 0 : s.failures()) + 1;
            return failures >= config.maxFailures() ? new State(0, until) : new State(failures, null);
        });
    }
}
