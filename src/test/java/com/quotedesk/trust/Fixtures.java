package com.quotedesk.trust;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.Map;
import java.util.UUID;

/** Fresh articles, claims and registry entries for one test, made through the API as admin. */
public final class Fixtures {

    /** A small article of our own, with one claim added by offsets (independent of the extractor). */
    public record Made(long articleId, long claimId, String text, int start, int end) {
    }

    private Fixtures() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    /** An article text nobody else posts: the nonce keeps its content hash unique across test runs. */
    public static String text(String nonce) {
        return "Trust fixture " + nonce + ". The minister said: \"We will act on this today.\" "
                + "Officials in the capital agreed with the plan.\n\nA second paragraph follows here.";
    }

    public static long article() {
        return Accounts.admin().contentType(ContentType.JSON).body(Map.of("text", text(unique()), "language", "en"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A new article with one claim on the quoted words. */
    public static Made claim() {
        String text = text(unique());
        long articleId = Accounts.admin().contentType(ContentType.JSON).body(Map.of("text", text, "language", "en"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        String quote = "We will act on this today.";
        int start = text.indexOf(quote);
        int end = start + quote.length();
        long claimId = Accounts.admin().contentType(ContentType.JSON)
                .body(Map.of("start", start, "end", end, "kind", "DIRECT", "speaker", "Trust Minister " + unique()))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath().getLong("id");
        return new Made(articleId, claimId, text, start, end);
    }

    public static JsonPath getClaim(long claimId) {
        return Accounts.admin().get("/api/claims/{id}", claimId).then().statusCode(200).extract().jsonPath();
    }

    public static long version(long claimId) {
        return getClaim(claimId).getLong("version");
    }

    /** A new speaker, made by naming an unknown person on a fresh claim. */
    public static long speaker() {
        return getClaim(claim().claimId()).getLong("speaker.id");
    }

    /** A new source, made by naming an unknown outlet on a fresh claim. */
    public static long source() {
        Made m = claim();
        return Accounts.admin().contentType(ContentType.JSON).body(Map.of("source", "Trust Wire " + unique()))
                .patch("/api/claims/{id}", m.claimId()).then().statusCode(200).extract().jsonPath()
                .getLong("source.id");
    }

    /** The founding article (CNN Arabic, Putin in Pyongyang), ingested once. */
    public static long sample() {
        return Accounts.admin().contentType(ContentType.JSON).post("/api/articles/sample").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract().jsonPath().getLong("id");
    }
}
