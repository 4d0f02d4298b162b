package com.quotedesk.account;

import io.quarkus.elytron.security.common.BcryptUtil;
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
import javax.sql.DataSource;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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
 * applies at once: by one plain JDBC query, since through Hibernate the read was a session, a query and a
 * JTA transaction of its own, a quarter of the CPU of a whole review (BENCHMARKS.md, fix 15). What is
 * remembered is only that <em>this</em> password matched <em>this</em> stored hash: an HMAC-SHA256 of
 * name, hash and password under a key drawn at random when the process starts (so the memory holds
 * nothing that helps guess a password), at most {@value #MAX_REMEMBERED} entries.
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

    private static final String ACCOUNT = "select password, roles, enabled, failed_sign_ins, locked_until"
            + " from app_user where username = ?";

    private final DataSource dataSource;
    private final Set<ByteBuffer> verified = ConcurrentHashMap.newKeySet();
    private final LongAdder hashChecks = new LongAdder();
    /** One MAC per thread, keyed once: {@code Mac.getInstance} looks the algorithm up among the providers. */
    private final ThreadLocal<Mac> macs;

    public VerifiedPasswordIdentityProvider(DataSource dataSource) {
        this.dataSource = dataSource;
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
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(ACCOUNT)) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                OffsetDateTime lockedUntil = rs.getObject(5, OffsetDateTime.class);
                return new Account(rs.getString(1), User.roleList(rs.getString(2)), rs.getBoolean(3),
                        new SignInThrottle.State(rs.getInt(4), lockedUntil == null ? null : lockedUntil.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the account", e);
        }
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
