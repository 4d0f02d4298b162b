package com.quotedesk.account;

import com.quotedesk.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP Basic sends the password with every request: bcrypt checks it once, later requests are
 * recognised without it, and yet a password change, a role change or disabling an account applies to the
 * very next request, and wrong passwords still count towards the sign-in lock.
 */
@QuarkusTest
class VerifiedPasswordTest {

    private static final int REQUESTS = 20;

    @Inject
    VerifiedPasswordIdentityProvider passwords;

    @Inject
    @Any
    Instance<IdentityProvider<?>> providers;

    @Test
    void shouldCheckARightPasswordWithBcryptOnlyOnce() {
        String name = Api.newUser("viewer");
        long before = passwords.hashChecks();

        for (int i = 0; i < REQUESTS; i++) {
            basic(name, name + "-password").then().statusCode(200);
        }

        assertEquals(1, passwords.hashChecks() - before,
                REQUESTS + " requests with the right password should need one bcrypt check");
    }

    @Test
    void shouldCheckEveryWrongPasswordAndCountItTowardsTheLock() {
        String name = Api.newUser("viewer");
        basic(name, name + "-password").then().statusCode(200);
        long before = passwords.hashChecks();

        for (int i = 0; i < 3; i++) {
            basic(name, "wrong-password").then().statusCode(401);
        }

        assertEquals(3, passwords.hashChecks() - before, "each wrong password goes through bcrypt");
        assertEquals(3, failedSignIns(name), "each wrong password counts towards the lock");
        basic(name, name + "-password").then().statusCode(200);
        assertEquals(3, passwords.hashChecks() - before, "the right password is still remembered");
        assertEquals(0, failedSignIns(name), "a success clears the count");
    }

    @Test
    void shouldApplyAPasswordChangeToTheNextRequest() {
        String name = Api.newUser("viewer");
        basic(name, name + "-password").then().statusCode(200);

        Api.admin().body(Map.of("password", "another-password-1")).put("/api/users/{name}", name)
                .then().statusCode(200);

        basic(name, name + "-password").then().statusCode(401);
        basic(name, "another-password-1").then().statusCode(200);
    }

    @Test
    void shouldApplyDisablingAndRoleChangesToTheNextRequest() {
        String name = Api.newUser("admin");
        Api.user(name).get("/api/users").then().statusCode(200);

        Api.admin().body(Map.of("roles", List.of("viewer"))).put("/api/users/{name}", name).then().statusCode(200);
        Api.user(name).get("/api/users").then().statusCode(403);
        basic(name, name + "-password").then().statusCode(200);

        Api.admin().body(Map.of("enabled", false)).put("/api/users/{name}", name).then().statusCode(200);
        basic(name, name + "-password").then().statusCode(401);
        assertEquals(0, failedSignIns(name), "a disabled account with its right password is no failed guess");

        Api.admin().body(Map.of("enabled", true)).put("/api/users/{name}", name).then().statusCode(200);
        basic(name, name + "-password").then().statusCode(200);
    }

    @Test
    void shouldAskTheThrottleFirstAndNeverSecurityJpasOwnProvider() {
        List<IdentityProvider<?>> forPasswords = providers.stream()
                .filter(p -> p.getRequestType() == UsernamePasswordAuthenticationRequest.class)
                .sorted(Comparator.comparingInt((IdentityProvider<?> p) -> p.priority()).reversed())
                .toList();

        assertInstanceOf(ThrottledSignIn.class, forPasswords.get(0), "first provider: " + forPasswords);
        assertInstanceOf(VerifiedPasswordIdentityProvider.class, forPasswords.get(1), "second: " + forPasswords);
        for (int i = 1; i < forPasswords.size(); i++) {
            assertTrue(forPasswords.get(i - 1).priority() > forPasswords.get(i).priority(),
                    "no two password providers may share a priority (the manager's order would be arbitrary): "
                            + forPasswords.stream().map(p -> p.getClass().getSimpleName() + "=" + p.priority())
                            .toList());
        }
    }

    private static Response basic(String name, String password) {
        return given().auth().preemptive().basic(name, password).get("/api/articles?size=1");
    }

    private static int failedSignIns(String name) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().failedSignIns);
    }
}
