package com.quotedesk.trust;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in: repeated failures lock an account (API and form alike) until the lock ends or an admin
 * resets the password; a disabled account cannot sign in; passwords have a minimum length.
 */
@QuarkusTest
class SignInTest {

    private static final int MAX_FAILURES = 5;

    @Inject
    EntityManager em;

    @Test
    void shouldLockAnAccountAfterRepeatedFailedSignIns() {
        String name = "throttle-" + Fixtures.unique();
        Accounts.createOrReset(name, "reviewer");
        for (int i = 0; i < MAX_FAILURES; i++) {
            Problems.assertProblem(basic(name, "wrong-password-" + i), 401, "failure " + (i + 1));
        }

        Response locked = basic(name, Accounts.PASSWORD);

        Problems.assertProblem(locked, 401, "right password while locked");
        assertTrue(locked.jsonPath().getString("detail").contains("Too many failed sign-ins"), locked.asString());
        assertTrue(Integer.parseInt(locked.header("Retry-After")) > 0, "Retry-After");
        Map<String, Object> view = user(name);
        assertNotNull(view.get("lockedUntil"), "the admin API shows the lock: " + view);
    }

    @Test
    void shouldLetAnAdminLiftALockByResettingThePassword() {
        String name = "throttle-" + Fixtures.unique();
        Accounts.createOrReset(name, "viewer");
        for (int i = 0; i < MAX_FAILURES; i++) {
            basic(name, "wrong-password").then().statusCode(401);
        }
        basic(name, Accounts.PASSWORD).then().statusCode(401);

        Accounts.admin().contentType(ContentType.JSON).body(Map.of("password", "a-brand-new-password"))
                .put("/api/users/{name}", name).then().statusCode(200);

        basic(name, "a-brand-new-password").then().statusCode(200);
        assertNull(user(name).get("lockedUntil"));
    }

    @Test
    void shouldForgetFailuresAfterASuccessfulSignIn() {
        String name = "throttle-" + Fixtures.unique();
        Accounts.createOrReset(name, "viewer");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < MAX_FAILURES - 1; i++) {
                basic(name, "typo").then().statusCode(401);
            }
            basic(name, Accounts.PASSWORD).then().statusCode(200);
        }
    }

    @Test
    void shouldTreatUnknownNamesLikeAccounts() {
        String name = "nobody-" + Fixtures.unique();
        for (int i = 0; i < MAX_FAILURES; i++) {
            basic(name, "guess-" + i).then().statusCode(401);
        }
        Response r = basic(name, "guess");
        Problems.assertProblem(r, 401, "unknown name after repeated failures");
        assertNotNull(r.header("Retry-After"), "an unknown name is locked like an account");
    }

    @Test
    void shouldLockFormSignInToo() {
        String name = "throttle-" + Fixtures.unique();
        Accounts.createOrReset(name, "viewer");
        assertNotNull(formSignIn(name, Accounts.PASSWORD), "form sign-in works");
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertNull(formSignIn(name, "wrong"), "failed form sign-in gives no session");
        }
        assertNull(formSignIn(name, Accounts.PASSWORD), "locked: the right password gives no session");
        basic(name, Accounts.PASSWORD).then().statusCode(401);
    }

    @Test
    void shouldKeepADisabledAccountOut() {
        String name = "disabled-" + Fixtures.unique();
        Accounts.createOrReset(name, "reviewer");
        String cookie = formSignIn(name, Accounts.PASSWORD);
        assertNotNull(cookie);
        Accounts.disable(name);

        assertNull(formSignIn(name, Accounts.PASSWORD), "no form session for a disabled account");
        Problems.assertProblem(basic(name, Accounts.PASSWORD), 401, "Basic for a disabled account");
        Response withOldCookie = given().redirects().follow(false).cookie("quarkus-credential", cookie)
                .get("/account/me");
        assertTrue(withOldCookie.statusCode() == 302 || withOldCookie.statusCode() == 303
                || withOldCookie.statusCode() == 401, "an old session of a disabled account is refused: "
                + withOldCookie.statusCode());
    }

    @Test
    void shouldContinueASessionFromFormSignIn() {
        Accounts.createOrReset(Accounts.As.VIEWER.username, "viewer");
        String cookie = formSignIn(Accounts.As.VIEWER.username, Accounts.PASSWORD);
        given().cookie("quarkus-credential", cookie).redirects().follow(false).get("/account/me")
                .then().statusCode(200);
        assertEquals("trust-viewer", given().cookie("quarkus-credential", cookie).get("/account/me")
                .jsonPath().getString("username"));
    }

    @Test
    void shouldRefuseShortPasswordsAndChangeNothing() {
        Snapshot before = Snapshot.take(em);
        Response create = Accounts.admin().contentType(ContentType.JSON)
                .body(Map.of("username", "short-" + Fixtures.unique(), "password", "123456789",
                        "roles", List.of("viewer")))
                .post("/api/users");
        Problems.assertProblemOnField(create, 400, "password", "a 9-character password");
        Response reset = Accounts.admin().contentType(ContentType.JSON).body(Map.of("password", "short"))
                .put("/api/users/{name}", "admin");
        Problems.assertProblemOnField(reset, 400, "password", "a 5-character reset");
        before.assertUnchanged(em, "short passwords");
        basic("admin", Accounts.ADMIN_PASSWORD).then().statusCode(200);
    }

    private static Response basic(String name, String password) {
        return given().auth().preemptive().basic(name, password).get("/api/articles?size=1");
    }

    /** Signs in with the form; the session cookie, or null when refused. */
    static String formSignIn(String name, String password) {
        Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", name).formParam("j_password", password).post("/j_security_check");
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, "form sign-in redirects: " + r.statusCode());
        String cookie = r.cookie("quarkus-credential");
        return cookie == null || cookie.isEmpty() ? null : cookie;
    }

    private static Map<String, Object> user(String name) {
        List<Map<String, Object>> users = Accounts.admin().get("/api/users").then().statusCode(200).extract()
                .jsonPath().getList("$");
        return users.stream().filter(u -> name.equals(u.get("username"))).findFirst().orElseThrow();
    }
}
