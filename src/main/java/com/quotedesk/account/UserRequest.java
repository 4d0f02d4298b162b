package com.quotedesk.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A new account. */
public record UserRequest(
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[A-Za-z0-9._@-]{1,64}$", message = "must be 1-64 letters, digits or . _ @ -")
        String username,
        @NotBlank(message = "is required")
        @Size(min = UserService.MIN_PASSWORD, max = 200, message = "must be 10 to 200 characters") String password,
        @NotEmpty(message = "must name at least one of viewer, reviewer, admin")
        List<@Pattern(regexp = "^(viewer|reviewer|admin)$", message = "must be viewer, reviewer or admin") String> roles) {
}
