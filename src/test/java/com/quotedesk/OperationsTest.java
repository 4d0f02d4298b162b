package com.quotedesk;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportHealthWithTheDatabase() {
        RestAssured.get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"),
                "checks.name", org.hamcrest.Matchers.hasItem(containsString("atabase")));
        RestAssured.get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldPublishTheOpenApiDocument() {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/articles"), containsString("/api/claims/{id}/review"));
    }
}
