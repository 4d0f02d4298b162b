package com.quotedesk.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Everything under {@code quotedesk.*} in application.properties. */
@ConfigMapping(prefix = "quotedesk")
public interface QuotedeskConfig {

    Admin admin();

    Organisation organisation();

    /** Base URL for permalinks in reports. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Largest article text accepted, in bytes of UTF-8. */
    @WithDefault("1048576")
    int maxTextBytes();

    interface Admin {
        /** Password of the admin created on first start; random and logged once when absent. */
        Optional<String> password();
    }

    interface Organisation {
        /** Author of ClaimReview reports. */
        @WithDefault("Quotedesk newsroom")
        String name();

        @WithDefault("https://example.org")
        String url();
    }
}
