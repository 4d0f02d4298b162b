package com.quotedesk.web;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser-like session for page tests: signs in by form, keeps cookies, posts forms with the CSRF token. */
final class WebSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String base;
    private final Map<String, String> cookies = new HashMap<>();
    private String token;

    private WebSession(URL base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    static WebSession anonymous(URL base) {
        return new WebSession(base);
    }

    static WebSession signIn(URL base, String user, String password) {
        WebSession s = new WebSession(base);
        s.get("/login");
        Response r = s.request().formParam("j_username", user).formParam("j_password", password)
                .post(s.base + "/j_security_check");
        s.keep(r);
        assertEquals(302, r.statusCode(), "form login should redirect");
        assertNotNull(s.cookies.get("quarkus-credential"), "form login should set the session cookie for " + user);
        return s;
    }

    static WebSession admin(URL base) {
        return signIn(base, "admin", "test-admin-password");
    }

    Response get(String path) {
        Response r = request().get(base + path);
        keep(r);
        Matcher m = TOKEN.matcher(r.asString());
        if (m.find()) {
            token = m.group(1);
        }
        return r;
    }

    /** Posts a form with the CSRF token from the last page seen (loads {@code tokenPage} first when none). */
    Response post(String path, Map<String, String> form) {
        if (token == null) {
            get("/");
        }
        assertNotNull(token, "a page should have given a CSRF token");
        var req = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token);
        form.forEach(req::formParam);
        Response r = req.post(base + path);
        keep(r);
        return r;
    }

    Response postWithoutToken(String path, Map<String, String> form) {
        var req = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach(req::formParam);
        return req.post(base + path);
    }

    /** Follows a 303 from a POST and returns the page it leads to. */
    Response follow(Response redirect) {
        assertTrue(redirect.statusCode() == 303 || redirect.statusCode() == 302,
                "expected a redirect, got " + redirect.statusCode() + ": " + redirect.asString());
        String location = redirect.header("Location");
        String path = location.startsWith("http") ? location.substring(location.indexOf('/', 8)) : location;
        int hash = path.indexOf('#');
        return get(hash < 0 ? path : path.substring(0, hash));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private io.restassured.specification.RequestSpecification request() {
        return RestAssured.given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(true);
    }

    private void keep(Response r) {
        r.getDetailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue() == null || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
