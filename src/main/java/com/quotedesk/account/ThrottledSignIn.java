package com.quotedesk.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Puts {@link SignInThrottle} in front of security-jpa's password check, for form sign-in and HTTP Basic
 * alike: a locked name is refused before its password is looked at; each failure is counted and a
 * success clears the count. Takes precedence over security-jpa's own provider by priority.
 */
@ApplicationScoped
public class ThrottledSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final JpaIdentityProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledSignIn(JpaIdentityProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Above security-jpa's own provider (1001), so the manager asks this one and never that one directly. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String name = request.getUsername();
        int[] failuresBefore = new int[1];
        return context.runBlocking(() -> {
            failuresBefore[0] = throttle.check(name).failures();
            return null;
        })
                .chain(nothing -> passwords.authenticate(request, context)
                        .onItem().ifNull().failWith(AuthenticationFailedException::new)
                        .onFailure(AuthenticationFailedException.class).call(e -> context.runBlocking(() -> {
                            throttle.failed(name);
                            return null;
                        }))
                        .call(identity -> failuresBefore[0] == 0 ? Uni.createFrom().nullItem()
                                : context.runBlocking(() -> {
                                    throttle.succeeded(name);
                                    return null;
                                })));
    }
}
