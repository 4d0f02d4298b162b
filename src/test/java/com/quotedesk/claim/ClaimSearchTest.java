package com.quotedesk.claim;

import com.quotedesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.quotedesk.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimSearchTest {

    private long putinClaim;
    private String marker;

    @BeforeEach
    void attributeAClaimToPutin() {
        if (marker != null) {
            return;
        }
        marker = "مؤتمر" + UUID.randomUUID().toString().substring(0, 6);
        long article = Api.ingest("قال الرئيس في " + marker + ": \"سنُعزّز التعاون مع الأصدقاء\".");
        putinClaim = admin().get("/api/articles/" + article + "/claims").jsonPath().getLong("[0].id");
        admin().body(Map.of("speaker", "Vladimir Putin", "source", "TASS")).patch("/api/claims/" + putinClaim)
                .then().statusCode(200);
    }

    @Test
    void shouldFindASpeakerByAnyNameInEitherLanguageAndSpelling() {
        for (String name : List.of("putin", "PUTIN", "Vladimir Putin", "vladimir  putin", "بوتين", "فلاديمير بوتين",
                "بوتن", "فلادِيمير بُوتين")) {
            List<Long> ids = admin().queryParam("speaker", name).queryParam("size", 200).get("/api/claims")
                    .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
            assertTrue(ids.contains(putinClaim), "speaker=" + name + " should find claim " + putinClaim);
        }
        long speakerId = admin().get("/api/claims/" + putinClaim).jsonPath().getLong("speaker.id");
        admin().queryParam("speaker", speakerId).get("/api/claims").then().body("items.id", hasItem((int) putinClaim));
    }

    @Test
    void shouldFindASourceByAlias() {
        admin().queryParam("source", "تاس").queryParam("size", 200).get("/api/claims").then().statusCode(200)
                .body("items.id", hasItem((int) putinClaim), "items.source.name", everyItem(equalTo("TASS")));
    }

    @Test
    void shouldMatchFreeTextIgnoringArabicSpellingVariants() {
        admin().queryParam("q", "سنعزز التعاون").get("/api/claims").then().statusCode(200)
                .body("items.id", hasItem((int) putinClaim));
        admin().queryParam("q", "التعاون مع الاصدقاء").get("/api/claims").then()
                .body("items.id", hasItem((int) putinClaim));
    }

    @Test
    void shouldFilterByStatusAndKindAndPage() {
        Api.ingest("The mayor said: \"We open on Monday.\" The chief added: \"We are ready.\" " + UUID.randomUUID());
        admin().queryParam("status", "unverified").queryParam("kind", "DIRECT").queryParam("size", 2)
                .get("/api/claims").then().statusCode(200)
                .body("size", equalTo(2), "page", equalTo(0), "items.size()", equalTo(2),
                        "items.status", everyItem(equalTo("UNVERIFIED")), "total", greaterThanOrEqualTo(2));
        admin().queryParam("status", "SOMETIMES").get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldPageOneSpeakersClaimsNewestFirstWithTheSameTotalOnEveryPage() {
        long article = Api.ingest("Ana said: \"One.\" Ben said: \"Two.\" Cy said: \"Three.\" " + UUID.randomUUID());
        List<Integer> claims = admin().get("/api/articles/" + article + "/claims").jsonPath().getList("id");
        String name = "Pager " + UUID.randomUUID().toString().substring(0, 8);
        for (int id : claims) {
            admin().body(Map.of("speaker", name)).patch("/api/claims/" + id).then().statusCode(200);
        }
        List<Integer> newestFirst = claims.stream().sorted(java.util.Comparator.reverseOrder()).toList();

        admin().queryParam("speaker", name).queryParam("size", 2).get("/api/claims").then()
                .body("total", equalTo(claims.size()), "items.id", equalTo(newestFirst.subList(0, 2)));
        admin().queryParam("speaker", name).queryParam("size", 2).queryParam("page", 1).get("/api/claims").then()
                .body("total", equalTo(claims.size()), "items.id", equalTo(newestFirst.subList(2, claims.size())));
        admin().queryParam("speaker", name).queryParam("size", 2).queryParam("page", 7).get("/api/claims").then()
                .body("total", equalTo(claims.size()), "items.size()", equalTo(0));
        admin().queryParam("speaker", name).queryParam("status", "UNVERIFIED").get("/api/claims").then()
                .body("total", equalTo(claims.size()), "items.id", equalTo(newestFirst),
                        "items.articleId", everyItem(equalTo((int) article)));
    }

    @Test
    void shouldPageASpeakerWhoseClaimsAreInterleavedWithOthersInIdOrder() {
        long article = Api.ingest("Ana said: \"One.\" Ben said: \"Two.\" Cy said: \"Three.\" Di said: \"Four.\" "
                + "Ed said: \"Five.\" " + UUID.randomUUID());
        List<Integer> claims = admin().get("/api/articles/" + article + "/claims").jsonPath().getList("id");
        assertEquals(5, claims.size());
        String name = "Weaver " + UUID.randomUUID().toString().substring(0, 8);
        String outlet = "Loom " + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> mine = List.of(claims.get(0), claims.get(2), claims.get(4));
        for (int id : mine) {
            admin().body(Map.of("speaker", name, "source", outlet)).patch("/api/claims/" + id).then().statusCode(200);
        }
        List<Integer> newestFirst = mine.stream().sorted(java.util.Comparator.reverseOrder()).toList();

        // A page's id range also holds the other speakers' claims: they must not come back with it
        for (String filter : List.of("speaker", "source")) {
            String value = filter.equals("speaker") ? name : outlet;
            admin().queryParam(filter, value).queryParam("size", 2).get("/api/claims").then()
                    .body("total", equalTo(3), "items.id", equalTo(newestFirst.subList(0, 2)));
            admin().queryParam(filter, value).queryParam("size", 2).queryParam("page", 1).get("/api/claims").then()
                    .body("total", equalTo(3), "items.id", equalTo(newestFirst.subList(2, 3)));
        }
    }

    @Test
    void shouldTreatQueryInjectionAsPlainText() {
        for (String hostile : List.of("' OR 1=1 --", "x%' or '1'='1", "\" from Claim c where 1=1 or \"",
                "_%_", "\\")) {
            String body = admin().queryParam("speaker", hostile).queryParam("q", hostile).queryParam("source", hostile)
                    .get("/api/claims").then().statusCode(200).body("total", equalTo(0)).extract().asString();
            Api.assertNoInternals(body);
        }
    }

    @Test
    void shouldCapThePageSize() {
        admin().queryParam("size", 1_000_000_000).queryParam("page", -3).get("/api/claims").then().statusCode(200)
                .body("size", equalTo(200), "page", equalTo(0));
        admin().queryParam("size", "many").get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem("size"));
    }

    @Test
    void shouldReturnNothingForASpeakerNobodyKnows() {
        assertEquals(0, admin().queryParam("speaker", "Nobody " + UUID.randomUUID()).get("/api/claims")
                .jsonPath().getInt("total"));
    }
}
