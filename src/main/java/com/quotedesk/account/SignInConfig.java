package com.quotedesk.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code quotedesk.sign-in.*}: how many failed sign-ins in a row lock an account, and for how long. */
@ConfigMapping(prefix = "quotedesk.sign-in")
public interface SignInConfig {

    /** Failed sign-ins in a row after which the account is locked. */
    @WithDefault("5")
    int maxFailures();

    /** How long a lock lasts; an admin resetting the password or enabling the account lifts it early. */
    @WithDefault("PT5M")
    Duration lockFor();
}
