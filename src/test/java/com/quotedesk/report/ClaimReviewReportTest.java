package com.quotedesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.quotedesk.report.ReportFixture.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The ClaimReview JSON-LD, checked field by field and against a vendored excerpt of the schema.org
 * vocabulary: every {@code @type} is a schema.org type, every property is declared for that type (or a
 * parent), and every value is of a type in the property's range.
 */
@QuarkusTest
class ClaimReviewReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldPublishOneClaimReviewPerReviewedClaim() throws Exception {
        long id = ReportFixture.article();
        String body = admin().get("/api/articles/{id}/report?format=claimreview", id).then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("application/ld+json"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".jsonld"))
                .extract().asString();
        ReportFixture.keep("article.claimreview.jsonld", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode root = MAPPER.readTree(body);
        assertEquals("https://schema.org", root.get("@context").asText());
        JsonNode graph = root.get("@graph");
        List<Map<String, Object>> claims = ReportFixture.reportedClaims(id);
        List<Map<String, Object>> reviewed = claims.stream().filter(c -> !"UNVERIFIED".equals(c.get("status")))
                .toList();
        assertEquals(reviewed.size(), graph.size(), "one ClaimReview per reviewed claim, none for unverified");

        for (int i = 0; i < graph.size(); i++) {
            JsonNode r = graph.get(i);
            Map<String, Object> c = reviewed.get(i);
            assertEquals("ClaimReview", r.get("@type").asText());
            assertEquals(c.get("quote"), r.get("claimReviewed").asText(), "claimReviewed is the verbatim quote");
            assertTrue(r.get("url").asText().endsWith("/articles/" + id + "#claim-" + c.get("id")),
                    "url is the claim's permalink");
            assertEquals(((String) c.get("reviewedAt")).substring(0, 10), r.get("datePublished").asText(),
                    "datePublished is the day of the review");
            assertEquals("Organization", r.at("/author/@type").asText());
            assertEquals("Quotedesk newsroom", r.at("/author/name").asText(), "author is the configured organisation");
            assertEquals("https://example.org", r.at("/author/url").asText());

            JsonNode rating = r.get("reviewRating");
            assertEquals("Rating", rating.get("@type").asText());
            assertEquals(1, rating.get("worstRating").asInt());
            assertEquals(3, rating.get("bestRating").asInt());
            boolean attributed = "ATTRIBUTED".equals(c.get("status"));
            assertEquals(attributed ? 3 : 1, rating.get("ratingValue").asInt());
            assertEquals(attributed ? "Attributed" : "Disputed", rating.get("alternateName").asText());

            JsonNode item = r.get("itemReviewed");
            assertEquals("Claim", item.get("@type").asText());
            @SuppressWarnings("unchecked")
            Map<String, Object> speaker = (Map<String, Object>) c.get("speaker");
            assertNotNull(speaker, "the fixture names a speaker for every reviewed claim");
            assertEquals(speaker.get("name"), item.at("/author/name").asText());
            assertEquals("Person", item.at("/author/@type").asText());
            assertEquals("CreativeWork", item.at("/appearance/@type").asText());
            assertTrue(item.at("/appearance/url").asText().startsWith("https://arabic.cnn.com/"));
            assertEquals("CNN Arabic", item.at("/appearance/publisher/name").asText());
            assertEquals("2024-06-19", item.at("/appearance/datePublished").asText());
        }
        assertEquals(ReportFixture.SCRIPT_NOTE, graph.get(0).get("reviewBody").asText());
        assertFalse(body.contains("</script>"), "JSON-LD can be pasted into a <script> element safely");

        validate(graph);
    }

    private static void validate(JsonNode graph) throws Exception {
        JsonNode vocab;
        try (InputStream in = ClaimReviewReportTest.class.getResourceAsStream("/schemaorg/vocabulary.json")) {
            vocab = MAPPER.readTree(in);
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode node : graph) {
            check(node, "$", vocab, problems);
        }
        if (!problems.isEmpty()) {
            fail("Not valid against the schema.org vocabulary:\n" + String.join("\n", problems));
        }
    }

    private static void check(JsonNode node, String path, JsonNode vocab, List<String> problems) {
        String type = node.path("@type").asText(null);
        if (type == null || !vocab.get("types").has(type)) {
            problems.add(path + ": @type '" + type + "' is not a schema.org type in the vocabulary");
            return;
        }
        Set<String> lineage = lineage(type, vocab);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            if (name.equals("@type") || name.equals("@context")) {
                continue;
            }
            JsonNode prop = vocab.get("properties").get(name);
            if (prop == null) {
                problems.add(path + "." + name + ": not a schema.org property");
                continue;
            }
            boolean inDomain = false;
            for (JsonNode d : prop.get("domain")) {
                inDomain |= lineage.contains(d.asText());
            }
            if (!inDomain) {
                problems.add(path + "." + name + ": not a property of " + type);
            }
            checkRange(f.getValue(), path + "." + name, prop.get("range"), vocab, problems);
        }
    }

    private static void checkRange(JsonNode value, String path, JsonNode range, JsonNode vocab,
                                   List<String> problems) {
        List<String> allowed = new ArrayList<>();
        range.forEach(r -> allowed.add(r.asText()));
        if (value.isObject()) {
            String t = value.path("@type").asText("");
            if (allowed.stream().noneMatch(a -> vocab.get("types").has(t) && lineage(t, vocab).contains(a))) {
                problems.add(path + ": a " + t + " is not in the range " + allowed);
            }
            check(value, path, vocab, problems);
        } else if (value.isNumber()) {
            if (!allowed.contains("Number") && !allowed.contains("Integer")) {
                problems.add(path + ": a number is not in the range " + allowed);
            }
        } else if (value.isTextual()) {
            String s = value.asText();
            boolean ok = allowed.contains("Text") || allowed.contains("Language")
                    || (allowed.contains("URL") && s.matches("https?://\\S+"))
                    || (allowed.contains("Date") && s.matches("\\d{4}-\\d{2}-\\d{2}"))
                    || (allowed.contains("DateTime") && s.matches("\\d{4}-\\d{2}-\\d{2}T.+"));
            if (!ok) {
                problems.add(path + ": '" + s + "' is not a " + allowed);
            }
        } else {
            problems.add(path + ": unexpected JSON value " + value);
        }
    }

    private static Set<String> lineage(String type, JsonNode vocab) {
        Set<String> out = new java.util.HashSet<>();
        for (String t = type; t != null; ) {
            out.add(t);
            JsonNode parent = vocab.get("types").get(t);
            t = parent == null || parent.isNull() ? null : parent.asText();
        }
        return out;
    }
}
