package com.quotedesk.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * security-jpa knows only name, password and roles; this refuses a disabled account after its
 * password checks out, so a disabled reviewer cannot sign in by form or by API. A password sign-in has
 * just read the flag ({@link VerifiedPasswordIdentityProvider#ENABLED}); a form session is checked against
 * the database on each request.
 */
@ApplicationScoped
public class DisabledAccountCheck implements SecurityIdentityAugmentor {

    private final VerifiedPasswordIdentityProvider accounts;

    public DisabledAccountCheck(VerifiedPasswordIdentityProvider accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Object checked = identity.getAttribute(VerifiedPasswordIdentityProvider.ENABLED);
        if (checked instanceof Boolean enabled) {
            return enabled ? Uni.createFrom().item(identity)
                    : Uni.createFrom().failure(new AuthenticationFailedException("account disabled"));
        }
        return context.runBlocking(() -> {
            VerifiedPasswordIdentityProvider.Account account = accounts.account(identity.getPrincipal().getName());
            if (account == null || !account.enabled()) {
                throw new AuthenticationFailedException("account disabled");
            }
            return identity;
        });
    }
}
