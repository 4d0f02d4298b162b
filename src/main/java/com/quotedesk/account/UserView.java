package com.quotedesk.account;

import java.time.Instant;
import java.util.List;

/** An account as the API shows it; never the password hash. */
public record UserView(String username, String role, List<String> roles, boolean enabled, Instant createdAt) {

    public static UserView of(User u) {
        return new UserView(u.username, u.highestRole(), u.roleList(), u.enabled, u.createdAt);
    }
}
