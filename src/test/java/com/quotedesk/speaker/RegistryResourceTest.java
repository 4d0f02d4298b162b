package com.quotedesk.speaker;

import com.quotedesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.quotedesk.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RegistryResourceTest {

    @Test
    void shouldShipTheFoundingArticlesPartiesInTheRegistry() {
        admin().get("/api/speakers").then().statusCode(200)
                .body("name", hasItem("Vladimir Putin"), "name", hasItem("Kim Jong Un"), "name", hasItem("Yuri Ushakov"));
        admin().get("/api/sources").then().statusCode(200).body("name", hasItem("TASS"));
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
        admin().get("/api/speakers").then().body("id", not(hasItem((int) gone)));
        admin().queryParam("speaker", "Gone " + suffix).get("/api/claims").then().body("total", equalTo(2));
        admin().body(Map.of("into", keep)).post("/api/speakers/" + keep + "/merge").then().statusCode(400);
        admin().body(Map.of("into", keep)).post("/api/speakers/" + gone + "/merge").then().statusCode(404);
    }
}
