package com.quotedesk.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The password check behind sign-in, without a bcrypt check on every API call. HTTP Basic sends the
 * password with each request, and bcrypt is slow by design (tens of milliseconds of CPU), so checking it
 * every time capped the API at a few dozen requests a second whatever the query.
 * <p>
 * The account row is still read on every request, so a changed role, password or {@code enabled} flag
 * applies at once. What is remembered is only that <em>this</em> password matched <em>this</em> stored
 * hash: an HMAC-SHA256 of name, hash and password under a key drawn at random when the process starts
 * (so the memory holds nothing that helps guess a password), at most {@value #MAX_REMEMBERED} entries.
 * A new hash (password change) matches no remembered entry, and a wrong password is never remembered,
 * so it always goes through bcrypt.
 * <p>
 * {@link ThrottledSignIn} calls {@link #verify} for every sign-in; the priority here, between
 * security-jpa's provider (1001) and the throttle (2000), only matters if the throttle were removed.
 */
@ApplicationScoped
public class VerifiedPasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Above security-jpa's {@code JpaIdentityProvider} (the default, 1001), below {@link ThrottledSignIn}. */
    public static final int PRIORITY = 1500;
    /** Identity attribute: the account's {@code enabled} flag as read for this sign-in. */
    public static final String ENABLED = "quotedesk.enabled";

    static final int MAX_REMEMBERED = 10_000;

    private final Set<ByteBuffer> verified = ConcurrentHashMap.newKeySet();
    private final LongAdder hashChecks = new LongAdder();
    /** One MAC per thread, keyed once: {@code Mac.getInstance} looks the algorithm up among the providers. */
    private final ThreadLocal<Mac> macs;

    public VerifiedPasswordIdentityProvider() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        SecretKeySpec key = new SecretKeySpec(random, "HmacSHA256");
        macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        });
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
        return context.runBlocking(() -> verify(request));
    }

    /** What a sign-in needs of an account row, read once per sign-in. */
    public record Account(String hash, List<String> roles, boolean enabled, SignInThrottle.State throttle) {
    }

    /** The account row as it is now, or null when there is no such account. Blocking. */
    public Account account(String name) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name)
                .map(u -> new Account(u.password, u.roleList(), u.enabled,
                        new SignInThrottle.State(u.failedSignIns, u.lockedUntil)))
                .orElse(null));
    }

    /** The identity of an account whose password is right; {@link AuthenticationFailedException} otherwise. Blocking. */
    public SecurityIdentity verify(UsernamePasswordAuthenticationRequest request) {
        return verify(request, account(request.getUsername()));
    }

    /** As {@link #verify(UsernamePasswordAuthenticationRequest)}, with the account row already read. */
    public SecurityIdentity verify(UsernamePasswordAuthenticationRequest request, Account account) {
        String name = request.getUsername();
        char[] password = request.getPassword().getPassword();
        if (account == null || !passwordMatches(name, password, account.hash())) {
            throw new AuthenticationFailedException();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addCredential(request.getPassword())
                .addAttribute(ENABLED, account.enabled());
        account.roles().forEach(identity::addRole);
        return identity.build();
    }

    /** How many bcrypt checks this process has made; tests use it to prove the memory works. */
    public long hashChecks() {
        return hashChecks.sum();
    }

    private boolean passwordMatches(String name, char[] password, String hash) {
        ByteBuffer mac = ByteBuffer.wrap(mac(name, hash, password));
        if (verified.contains(mac)) {
            return true;
        }
        hashChecks.increment();
        if (!BcryptUtil.matches(new String(password), hash)) {
            return false;
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.add(mac);
        return true;
    }

    private byte[] mac(String name, String hash, char[] password) {
        Mac hmac = macs.get();
        hmac.update(name.getBytes(StandardCharsets.UTF_8));
        hmac.update((byte) 0);
        hmac.update(hash.getBytes(StandardCharsets.UTF_8));
        hmac.update((byte) 0);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        hmac.update(bytes);
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        return hmac.doFinal();
    }

}
