package com.quotedesk.account;

import com.quotedesk.common.Jdbc;
import com.quotedesk.common.QuotedeskConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
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
    private final DataSource dataSource;

    public FirstStartAdmin(QuotedeskConfig config, DataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) {
        if (Jdbc.count(dataSource, "select count(*) from app_user") > 0) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::createAdmin);
    }

    private void createAdmin() {
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
