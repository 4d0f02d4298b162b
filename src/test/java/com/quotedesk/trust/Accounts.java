package com.quotedesk.trust;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * The accounts the trust tests act as, one per role plus a disabled one, created through the API on
 * first use. Safe to call again on a database that already has them (PostgreSQL keeps data between runs).
 */
public final class Accounts {

    /** Who makes a request: a role's account, a disabled account, or nobody. */
    public enum As {
        ANONYMOUS(null, null), VIEWER("trust-viewer", "viewer"), REVIEWER("trust-reviewer", "reviewer"),
        ADMIN("admin", "admin"), DISABLED("trust-disabled", "reviewer");

        final String username;
        final String role;

        As(String username, String role) {
            this.username = username;
            this.role = role;
        }

        /** Whether this caller holds {@code role} (roles nest: admin > reviewer > viewer). */
        public boolean has(String needed) {
            if (role == null || this == DISABLED) {
                return false;
            }
            List<String> order = List.of("viewer", "reviewer", "admin");
            return order.indexOf(role) >= order.indexOf(needed);
        }
    }

    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "trust-password-1";

    private static final Map<As, Boolean> READY = new ConcurrentHashMap<>();

    private Accounts() {
    }

    /** A request as {@code who}, HTTP Basic sent up front. */
    public static RequestSpecification as(As who) {
        if (who == As.ANONYMOUS) {
            return given();
        }
        ensure(who);
        return given().auth().preemptive().basic(who.username, who == As.ADMIN ? ADMIN_PASSWORD : PASSWORD);
    }

    public static RequestSpecification admin() {
        return as(As.ADMIN);
    }

    /** Creates (or resets) an account with the given role, enabled, with {@link #PASSWORD}. */
    public static void createOrReset(String username, String role) {
        int status = given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "roles", List.of(role)))
                .post("/api/users").statusCode();
        if (status != 201) {
            given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("password", PASSWORD, "roles", List.of(role), "enabled", true))
                    .put("/api/users/{name}", username).then().statusCode(200);
        }
    }

    public static void disable(String username) {
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("enabled", false)).put("/api/users/{name}", username).then().statusCode(200);
    }

    private static void ensure(As who) {
        if (who == As.ADMIN || READY.containsKey(who)) {
            return;
        }
        createOrReset(who.username, who.role);
        if (who == As.DISABLED) {
            disable(who.username);
        }
        READY.put(who, true);
    }
}
