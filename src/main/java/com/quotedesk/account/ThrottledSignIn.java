package com.quotedesk.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Puts {@link SignInThrottle} in front of the password check ({@link VerifiedPasswordIdentityProvider}), for
 * form sign-in and HTTP Basic alike: a locked name is refused before its password is looked at; each
 * failure is counted and a success clears the count. Has the highest priority of the username-and-password
 * providers, and never answers "not mine", so security-jpa's own provider (and its bcrypt check on every
 * request) is never reached.
 */
@ApplicationScoped
public class ThrottledSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Above {@link VerifiedPasswordIdentityProvider#PRIORITY} and security-jpa's provider (1001). */
    public static final int PRIORITY = 2000;

    private final VerifiedPasswordIdentityProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledSignIn(VerifiedPasswordIdentityProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> signIn(request));
    }

    private SecurityIdentity signIn(UsernamePasswordAuthenticationRequest request) {
        String name = request.getUsername();
        // One read of the account row serves the throttle and the password check
        VerifiedPasswordIdentityProvider.Account account = passwords.account(name);
        int failuresBefore = throttle.check(name, account == null ? null : account.throttle()).failures();
        SecurityIdentity identity;
        try {
            identity = passwords.verify(request, account);
        } catch (AuthenticationFailedException e) {
            throttle.failed(name);
            throw e;
        }
        if (failuresBefore > 0) {
            throttle.succeeded(name);
        }
        return identity;
    }
}
