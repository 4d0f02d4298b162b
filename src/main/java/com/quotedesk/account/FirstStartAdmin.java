package com.quotedesk.account;

import com.quotedesk.common.QuotedeskConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * On first start (no users at all) creates {@code admin}, with the configured password or a random one
 * printed once in the log. Never touches an existing user table.
 */
@ApplicationScoped
public class FirstStartAdmin {

    private final QuotedeskConfig config;

    public FirstStartAdmin(QuotedeskConfig config) {
        this.config = config;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (hasUsers()) {
            return;
        }
        String password = configuredPassword(config.admin().password().orElse(null));
        boolean generated = password == null;
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        User.create("admin", password, List.of("admin")).persist();
        if (generated) {
            Log.warnf("Created the first account: user 'admin', password '%s'. Change it after signing in; "
                    + "this is the only time it is shown.", password);
        } else {
            Log.info("Created the first account 'admin' with the password from quotedesk.admin.password");
        }
    }

    /**
     * Asked in SQL, not HQL: {@code User.count()} made every start boot Hibernate's query parser (about 900
     * classes, 0.3-0.7 s before the service was ready); the first request that needs HQL now pays for it.
     */
    private static boolean hasUsers() {
        Number users = (Number) User.getEntityManager().createNativeQuery("select count(*) from app_user")
                .getSingleResult();
        return users.longValue() > 0;
    }

    /**
     * The configured first password, or null to generate one. There is no default anywhere (only the test
     * profile sets one), and a configured password shorter than the policy minimum stops the start.
     */
    static String configuredPassword(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        if (configured.length() < UserService.MIN_PASSWORD) {
            throw new IllegalStateException("quotedesk.admin.password (QUOTEDESK_ADMIN_PASSWORD) must have at least "
                    + UserService.MIN_PASSWORD + " characters; unset it to get a random one in the log");
        }
        return configured;
    }
}
