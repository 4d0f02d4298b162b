package com.quotedesk.article;

import com.quotedesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.quotedesk.support.Api.admin;
import static com.quotedesk.support.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ArticleResourceTest {

    private static String founding() throws IOException {
        try (InputStream in = ArticleResourceTest.class.getResourceAsStream("/samples/cnn-putin-north-korea.ar.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String unique(String text) {
        return text + "\n" + UUID.randomUUID();
    }

    @Test
    void shouldCreateArticleWithLocationAndDetectLanguage() {
        String text = unique("The minister said: \"We will act now.\"");
        Response r = admin().body(Map.of("text", text, "title", "Test", "outlet", "Wire", "publishedAt", "2024-06-19"))
                .post("/api/articles");
        r.then().statusCode(201)
                .header("Location", endsWith("/api/articles/" + r.jsonPath().getLong("id")))
                .contentType("application/json")
                .body("language", equalTo("en"), "title", equalTo("Test"), "publishedAt", equalTo("2024-06-19"),
                        "ingestedBy", equalTo("admin"), "claimCount", greaterThan(0));
    }

    @Test
    void shouldReturnExistingArticleWhenSameTextIsPostedAgain() {
        String text = unique("قال الوزير: \"سنعمل الآن\".");
        long first = admin().body(Map.of("text", text)).post("/api/articles").then().statusCode(201)
                .body("language", equalTo("ar")).extract().jsonPath().getLong("id");
        admin().body(Map.of("text", "\uFEFF" + text)).post("/api/articles").then().statusCode(200)
                .body("id", equalTo((int) first));
        long count = admin().get("/api/articles?size=200").jsonPath().getList("items.id").stream()
                .filter(id -> ((Number) id).longValue() == first).count();
        assertEquals(1, count, "the same text must be one article");
    }

    @Test
    void shouldStoreTextExactlyWithBomStripped() {
        String text = unique("  Line one \r\n\tLine «two»  ");
        long id = Api.ingest("\uFEFF" + text);
        assertEquals(text, admin().get("/api/articles/" + id).jsonPath().getString("text"));
    }

    @Test
    void shouldHoldOffsetsForEveryClaimOfTheFoundingArticle() throws IOException {
        long id = Api.sample();
        String text = admin().get("/api/articles/" + id).jsonPath().getString("text");
        assertEquals(founding(), text, "the article text is stored exactly as the sample file");
        List<Map<String, Object>> claims = admin().get("/api/articles/" + id + "/claims").jsonPath().getList("$");
        assertTrue(claims.size() >= 15, "the founding article has at least 15 quotations, got " + claims.size());
        int previous = -1;
        for (Map<String, Object> c : claims) {
            int start = (Integer) c.get("start");
            int end = (Integer) c.get("end");
            assertEquals(text.substring(start, end), c.get("quote"), "offsets of claim " + c.get("id"));
            assertEquals("UNVERIFIED", c.get("status"));
            assertTrue(start >= previous, "claims come in text order");
            previous = start;
        }
    }

    @Test
    void shouldFindAQuoteForEachPairOfQuotationMarksInTheFoundingArticleBody() throws IOException {
        long id = Api.sample();
        List<String> quotes = admin().get("/api/articles/" + id + "/claims").jsonPath().getList("quote");
        for (String expected : List.of("مستوى جديد", "اختراقية", "مرحبا بوتين", "عدائية", "تصادمية",
                "المساواة والاحترام المتبادل", "هدايا جيدة أيضًا", "مآثر الأجيال السابقة")) {
            assertTrue(quotes.contains(expected), "missing quotation «" + expected + "» in " + quotes);
        }
    }

    @Test
    void shouldListArticlesNewestFirstWithPaging() {
        Api.ingest(unique("Paging one said \"a\"."));
        long newest = Api.ingest(unique("Paging two said \"b\"."));
        admin().get("/api/articles?page=0&size=1").then().statusCode(200)
                .body("items.size()", equalTo(1), "items[0].id", equalTo((int) newest), "size", equalTo(1),
                        "page", equalTo(0), "total", greaterThan(1));
        admin().get("/api/articles?size=1000000000").then().statusCode(200).body("size", equalTo(200));
    }

    @Test
    void shouldServeOneArticleWithTextAndParagraphs() {
        long id = Api.ingest(unique("Title line\n\nBody said \"quote\"."));
        admin().get("/api/articles/" + id).then().statusCode(200)
                .body("text", startsWith("Title line"), "segments.size()", greaterThan(1), "$", hasKey("contentHash"));
    }

    @Test
    void shouldAnswer404ForUnknownArticle() {
        String body = admin().get("/api/articles/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404), "title", notNullValue())
                .extract().asString();
        Api.assertNoInternals(body);
        admin().get("/api/articles/987654321/claims").then().statusCode(404);
    }

    @Test
    void shouldAnswer400NamingANonNumericId() {
        Api.assertNoInternals(admin().get("/api/articles/abc").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("id"))
                .contentType("application/problem+json").extract().asString());
    }

    @Test
    void shouldRejectMalformedJsonWith400() {
        String body = admin().body("{\"text\": ").post("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("JSON")).extract().asString();
        Api.assertNoInternals(body);
    }

    @Test
    void shouldRejectWrongTypesWith400NamingTheField() {
        String body = admin().body("{\"text\": \"He said \\\"x\\\"\", \"publishedAt\": \"yesterday\"}")
                .post("/api/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedAt")).extract().asString();
        Api.assertNoInternals(body);
        admin().body("{\"text\": 42.5e400}").post("/api/articles").then().statusCode(400);
        admin().body("{\"text\": [\"a\"]}").post("/api/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void shouldRejectUnknownFieldsWith400() {
        admin().body(Map.of("text", "x said \"y\"", "speakerz", "z")).post("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("speakerz"));
    }

    @Test
    void shouldRejectMissingOrBlankTextWith400() {
        admin().body(Map.of("title", "no text")).post("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        admin().body(Map.of("text", "  \n\t ")).post("/api/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        admin().body("").post("/api/articles").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRejectBadMetadataWith400() {
        admin().body(Map.of("text", unique("a"), "language", "fr")).post("/api/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("language"));
        admin().body(Map.of("text", unique("a"), "url", "javascript:alert(1)")).post("/api/articles").then()
                .statusCode(400).body("errors[0].field", equalTo("url"));
    }

    @Test
    void shouldRejectTextOver1MiBWith413AndStoreNothing() {
        long before = admin().get("/api/articles").jsonPath().getLong("total");
        String big = "a".repeat(1024 * 1024 + 1);
        String body = admin().body(Map.of("text", big)).post("/api/articles").then().statusCode(413)
                .contentType("application/problem+json").extract().asString();
        Api.assertNoInternals(body);
        assertEquals(before, admin().get("/api/articles").jsonPath().getLong("total"));
    }

    @Test
    void shouldRejectNonJsonBodyWith415() {
        RestAssured.given().auth().preemptive().basic("admin", Api.ADMIN_PASSWORD).contentType("text/plain")
                .body("He said \"x\"").post("/api/articles").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectNulAndUnpairedSurrogatesWith400() {
        admin().body(Map.of("text", "He said \u0000 \"x\"")).post("/api/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        admin().body(Map.of("text", "He said \"x\uD800\"")).post("/api/articles").then().statusCode(400);
    }

    @Test
    void shouldAnswer401WithProblemWhenAnonymous() {
        anonymous().get("/api/articles").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"));
        anonymous().body(Map.of("text", "x")).post("/api/articles").then().statusCode(401);
        Api.as("admin", "wrong-password").get("/api/articles").then().statusCode(401);
    }

    @Test
    void shouldForbidViewersToIngest() {
        String viewer = Api.newUser("viewer");
        Api.user(viewer).get("/api/articles").then().statusCode(200);
        Api.user(viewer).body(Map.of("text", unique("v said \"x\""))).post("/api/articles").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldLetReviewersIngest() {
        String reviewer = Api.newUser("reviewer");
        Api.user(reviewer).body(Map.of("text", unique("r said \"x\""))).post("/api/articles").then().statusCode(201)
                .body("ingestedBy", equalTo(reviewer));
    }
}
