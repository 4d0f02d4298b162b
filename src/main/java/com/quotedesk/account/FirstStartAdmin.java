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
        if (User.count() > 0) {
            return;
        }
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
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
}
