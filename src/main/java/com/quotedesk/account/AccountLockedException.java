package com.quotedesk.account;

import io.quarkus.security.AuthenticationFailedException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Sign-in refused without checking the password, because of too many recent failures. Quarkus' own
 * {@link AuthenticationFailedException} is final, so the lock travels as one of its attributes.
 */
public final class AccountLockedException {

    static final String UNTIL = "quotedesk.locked-until";

    private AccountLockedException() {
    }

    public static AuthenticationFailedException until(Instant until) {
        return new AuthenticationFailedException("account locked", Map.of(UNTIL, until));
    }

    /** Whole seconds until the lock ends (at least 1), or 0 when the failure is not a lock. */
    public static long retryAfterSeconds(AuthenticationFailedException e) {
        Object until = e.getAttributes() == null ? null : e.getAttributes().get(UNTIL);
        if (!(until instanceof Instant instant)) {
            return 0;
        }
        return Math.max(1, Duration.between(Instant.now(), instant).toSeconds() + 1);
    }
}
