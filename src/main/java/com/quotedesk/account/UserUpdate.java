package com.quotedesk.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Changes to an account; absent fields stay as they are. */
public record UserUpdate(
        @Size(min = UserService.MIN_PASSWORD, max = 200, message = "must be 10 to 200 characters") String password,
        List<@Pattern(regexp = "^(viewer|reviewer|admin)$", message = "must be viewer, reviewer or admin") String> roles,
        Boolean enabled) {
}
