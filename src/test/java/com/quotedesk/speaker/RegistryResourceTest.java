package com.quotedesk.speaker;

import com.quotedesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.quotedesk.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RegistryResourceTest {

    @Test
    void shouldShipTheFoundingArticlesPartiesInTheRegistry() {
        admin().queryParam("size", 200).get("/api/speakers").then().statusCode(200).body("items.name",
                hasItem("Vladimir Putin"), "items.name", hasItem("Kim Jong Un"), "items.name", hasItem("Yuri Ushakov"));
        admin().queryParam("size", 200).get("/api/sources").then().statusCode(200).body("items.name", hasItem("TASS"));
    }

    @Test
    void shouldPageTheRegistryLikeTheClaimSearch() {
        int total = admin().queryParam("size", 2).get("/api/speakers").then().statusCode(200)
                .body("page", equalTo(0), "size", equalTo(2), "items", hasSize(2)).extract().jsonPath().getInt("total");
        List<Integer> first = admin().queryParam("size", 2).get("/api/speakers").jsonPath().getList("items.id");
        admin().queryParam("size", 2).queryParam("page", 1).get("/api/speakers").then()
                .body("total", equalTo(total), "page", equalTo(1), "items.id", not(hasItem(first.get(0))),
                        "items.id", not(hasItem(first.get(1))));
        admin().queryParam("size", 5000).get("/api/speakers").then().body("size", equalTo(200));
        admin().queryParam("page", 100_000).get("/api/speakers").then().statusCode(200)
                .body("items", hasSize(0), "total", equalTo(total));
        admin().queryParam("q", "بوتين").get("/api/speakers").then().statusCode(200)
                .body("items.name", hasItem("Vladimir Putin"));
        admin().queryParam("q", "tass").get("/api/sources").then().statusCode(200).body("items.name", hasItem("TASS"));
    }

    @Test
    void shouldCountTheClaimsOfTheSpeakersOnThePage() {
        long article = Api.ingest("Counted said \"one\". " + UUID.randomUUID());
        long claim = admin().get("/api/articles/" + article + "/claims").jsonPath().getLong("[0].id");
        String name = "Counted " + UUID.randomUUID().toString().substring(0, 6);
        long speaker = admin().body(Map.of("speaker", name)).patch("/api/claims/" + claim).jsonPath()
                .getLong("speaker.id");

        admin().queryParam("q", name).get("/api/speakers").then().statusCode(200)
                .body("total", equalTo(1), "items[0].id", equalTo((int) speaker), "items[0].claimCount", equalTo(1),
                        "items[0].byStatus.UNVERIFIED", equalTo(1));
        admin().get("/api/speakers/" + speaker).then().body("claimCount", equalTo(1));
    }

    @Test
    void shouldAddAnAliasThatSearchThenUses() {
        long article = Api.ingest("Le ministre said: \"Nous sommes prêts.\" " + UUID.randomUUID());
        long claim = admin().get("/api/articles/" + article + "/claims").jsonPath().getLong("[0].id");
        String name = "Jean " + UUID.randomUUID().toString().substring(0, 6);
        long speaker = admin().body(Map.of("speaker", name)).patch("/api/claims/" + claim).jsonPath()
                .getLong("speaker.id");
        admin().body(Map.of("alias", "جان الوزير")).post("/api/speakers/" + speaker + "/aliases").then()
                .statusCode(200).body("aliases", hasItem("جان الوزير"));
        admin().queryParam("speaker", "جان الوزير").get("/api/claims").then().body("items.id", hasItem((int) claim));
        admin().body(Map.of("alias", " ")).post("/api/speakers/" + speaker + "/aliases").then().statusCode(400);
        admin().body(Map.of("alias", "x")).post("/api/speakers/987654321/aliases").then().statusCode(404);
    }

    @Test
    void shouldMergeTwoSpeakersMovingClaimsAndNames() {
        long article = Api.ingest("A said \"one\". B said \"two\". " + UUID.randomUUID());
        long c1 = admin().get("/api/articles/" + article + "/claims").jsonPath().getLong("[0].id");
        long c2 = admin().get("/api/articles/" + article + "/claims").jsonPath().getLong("[1].id");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long keep = admin().body(Map.of("speaker", "Keep " + suffix)).patch("/api/claims/" + c1).jsonPath()
                .getLong("speaker.id");
        long gone = admin().body(Map.of("speaker", "Gone " + suffix)).patch("/api/claims/" + c2).jsonPath()
                .getLong("speaker.id");
        String reviewer = Api.newUser("reviewer");
        Api.user(reviewer).body(Map.of("into", keep)).post("/api/speakers/" + gone + "/merge").then().statusCode(403);
        admin().body(Map.of("into", keep)).post("/api/speakers/" + gone + "/merge").then().statusCode(200)
                .body("claimCount", equalTo(2), "aliases", hasItem("Gone " + suffix));
        admin().get("/api/speakers/" + gone).then().statusCode(404);
        admin().queryParam("q", "Gone " + suffix).get("/api/speakers").then()
                .body("items.id", hasItem((int) keep), "items.id", not(hasItem((int) gone)));
        admin().queryParam("speaker", "Gone " + suffix).get("/api/claims").then().body("total", equalTo(2));
        admin().body(Map.of("into", keep)).post("/api/speakers/" + keep + "/merge").then().statusCode(400);
        admin().body(Map.of("into", keep)).post("/api/speakers/" + gone + "/merge").then().statusCode(404);
    }
}
