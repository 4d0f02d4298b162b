package com.quotedesk.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shortcuts for API tests: signed-in request specs and test accounts made through the real API. */
public final class Api {

    public static final String ADMIN_PASSWORD = "test-admin-password";

    private Api() {
    }

    public static RequestSpecification admin() {
        return as("admin", ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String user, String password) {
        return RestAssured.given().auth().preemptive().basic(user, password).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Creates a fresh account with one role; returns its name (the password is {@code name + "-password"}). */
    public static String newUser(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin().body(Map.of("username", name, "password", name + "-password", "roles", List.of(role)))
                .post("/api/users").then().statusCode(201);
        return name;
    }

    public static RequestSpecification user(String name) {
        return as(name, name + "-password");
    }

    /** Ingests the bundled founding article (idempotent) and returns its id. */
    public static long sample() {
        return admin().post("/api/articles/sample").then().statusCode(org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201))).extract().jsonPath().getLong("id");
    }

    /** Ingests a text and returns the article id. */
    public static long ingest(String text) {
        return admin().body(Map.of("text", text)).post("/api/articles").then().extract().jsonPath().getLong("id");
    }

    /** Asserts nothing internal leaks into an error body. */
    public static void assertNoInternals(String body) {
        for (String leak : List.of("Exception", "at com.", "at io.", "at org.", "java.", "SQL", "select ",
                "Hibernate", "jakarta.", "com.quotedesk")) {
            if (body.contains(leak)) {
                throw new AssertionError("error body leaks '" + leak + "': " + body);
            }
        }
    }
}
