package com.quotedesk.account;

import java.time.Instant;
import java.util.List;

/** An account as the API shows it; never the password hash. {@code lockedUntil} is set while sign-in is locked. */
public record UserView(String username, String role, List<String> roles, boolean enabled, Instant createdAt,
                       Instant lockedUntil) {

    public static UserView of(User u) {
        Instant locked = u.lockedUntil != null && u.lockedUntil.isAfter(Instant.now()) ? u.lockedUntil : null;
        return new UserView(u.username, u.highestRole(), u.roleList(), u.enabled, u.createdAt, locked);
    }
}
