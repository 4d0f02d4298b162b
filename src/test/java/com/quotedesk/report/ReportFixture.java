package com.quotedesk.report;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The founding article (CNN Arabic, Putin in Pyongyang) ingested through the API, with three reviews whose
 * notes are hostile on purpose: a script tag, double quotes, and a spreadsheet formula.
 */
final class ReportFixture {

    static final String ADMIN = "admin";
    static final String PASSWORD = "test-admin-password";
    static final String SCRIPT_NOTE = "<script>alert(1)</script> he said \"maybe\" & more";
    static final String FORMULA_NOTE = "=cmd|' /C calc'!A0";
    static final String EVIDENCE = "https://example.org/evidence?a=1&b=2";

    private static Long articleId;

    private ReportFixture() {
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic(ADMIN, PASSWORD);
    }

    /** Ingests the sample article once per test run names speakers of its first claims (one via
     * state media), dismisses one, and reviews the first three. */
    static synchronized long article() {
        if (articleId != null) {
            return articleId;
        }
        long id = admin().contentType(ContentType.JSON).post("/api/articles/sample")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                        org.hamcrest.Matchers.is(201))).extract().jsonPath().getLong("id");
        List<Map<String, Object>> claims = claims(id);
        correct(claims.get(0), Map.of("speaker", "بوتين"));
        correct(claims.get(1), Map.of("speaker", "Kim Jong Un"));
        correct(claims.get(2), Map.of("speaker", "Vladimir Putin", "source", "وكالة تاس"));
        correct(claims.get(3), Map.of("speaker", "Yuri Ushakov"));
        correct(claims.get(4), Map.of("speaker", "كيم جونغ أون"));
        correct(claims.get(5), Map.of("speaker", "فلاديمير بوتين"));
        correct(claims.get(6), Map.of("dismissed", true, "reason", "a scare quote, not a claim"));
        correct(claims.get(7), Map.of("speaker", "مسؤول أمريكي لم يكشف عن اسمه"));
        claims = claims(id);
        review(claims.get(0), "ATTRIBUTED", SCRIPT_NOTE, EVIDENCE);
        review(claims.get(1), "DISPUTED", FORMULA_NOTE, null);
        review(claims.get(2), "ATTRIBUTED", "Confirmed against the TASS wire", "https://tass.com/politics");
        articleId = id;
        return id;
    }

    static List<Map<String, Object>> claims(long articleId) {
        return admin().get("/api/articles/{id}/claims", articleId).then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    /** The claims a report shows: dismissed ones left out. */
    static List<Map<String, Object>> reportedClaims(long articleId) {
        return claims(articleId).stream().filter(c -> !Boolean.TRUE.equals(c.get("dismissed"))).toList();
    }

    private static void correct(Map<String, Object> claim, Map<String, Object> body) {
        admin().contentType(ContentType.JSON).body(body).patch("/api/claims/{id}", claim.get("id"))
                .then().statusCode(200);
    }

    private static void review(Map<String, Object> claim, String status, String note, String evidence) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("status", status);
        body.put("note", note);
        body.put("evidenceUrl", evidence);
        body.put("version", claim.get("version"));
        admin().contentType(ContentType.JSON).body(body).put("/api/claims/{id}/review", claim.get("id"))
                .then().statusCode(200);
    }

    static JsonPath json(String body) {
        return JsonPath.from(body);
    }

    /** Keeps what a test received under target/report-samples/ so a person can open and look at it. */
    static void keep(String name, byte[] bytes) {
        try {
            Path dir = Path.of("target", "report-samples");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
