package com.quotedesk.account;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;

/** The name of whoever is signed in for the current request, for audit stamps. */
public final class CurrentUser {

    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    public static String nameOrSystem() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try (InstanceHandle<SecurityIdentity> h = Arc.container().instance(SecurityIdentity.class)) {
            SecurityIdentity id = h.get();
            return id == null || id.isAnonymous() ? SYSTEM : id.getPrincipal().getName();
        }
    }
}
