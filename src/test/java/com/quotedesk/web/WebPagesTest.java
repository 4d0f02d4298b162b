package com.quotedesk.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page behaviour over plain HTTP: sign-in, every page renders, forms need CSRF, output is escaped. */
@QuarkusTest
class WebPagesTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldSendAnonymousVisitorToSignInAndBackAfterwards() {
        Response r = RestAssured.given().redirects().follow(false).get(base + "speakers?q=x");
        assertEquals(303, r.statusCode(), "an anonymous page visit should redirect to sign-in");
        assertTrue(r.header("Location").endsWith("/login"), r.header("Location"));
        String back = r.getCookie("quarkus-redirect-location");
        assertNotNull(back, "the page asked for should be remembered");
        Response login = RestAssured.given().redirects().follow(false).cookie("quarkus-redirect-location", back)
                .formParam("j_username", "admin").formParam("j_password", "test-admin-password")
                .post(base + "j_security_check");
        assertEquals(302, login.statusCode());
        assertTrue(login.header("Location").endsWith("/speakers?q=x"), "after sign-in, back to the page: "
                + login.header("Location"));
    }

    @Test
    void shouldShowErrorOnWrongPassword() {
        Response r = RestAssured.given().redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", "wrong").post(base + "j_security_check");
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, "redirect expected: " + r.statusCode());
        assertTrue(r.header("Location").contains("/login?error=true"), r.header("Location"));
        String page = RestAssured.get(base + "login?error=true").asString();
        assertTrue(page.contains("Wrong user name or password"), page);
    }

    @Test
    void shouldRenderEveryPageForAdmin() {
        WebSession s = WebSession.admin(base);
        for (String path : new String[]{"/", "/articles/new", "/speakers", "/search", "/search?q=x&status=DISPUTED",
                "/admin/users", "/logout"}) {
            Response r = s.get(path);
            assertEquals(200, r.statusCode(), path + " should render: " + r.asString());
            assertTrue(r.contentType().startsWith("text/html"), path);
        }
    }

    @Test
    void shouldSetSecurityHeadersOnPages() {
        Response r = RestAssured.get(base + "login");
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, "pages need a CSP");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
    }

    @Test
    void shouldRejectFormPostWithoutCsrfToken() {
        WebSession s = WebSession.admin(base);
        Response r = s.postWithoutToken("/articles", Map.of("text", "«قال» أحد"));
        assertEquals(400, r.statusCode(), "a form post without the CSRF token must fail");
    }

    @Test
    void shouldShowFieldErrorsAndKeepInputOnInvalidArticle() {
        WebSession s = WebSession.admin(base);
        s.get("/articles/new");
        Response r = s.post("/articles", Map.of("text", "  ", "title", "<b>kept</b>", "url", "not a url",
                "publishedAt", "yesterday"));
        assertEquals(400, r.statusCode());
        String page = r.asString();
        assertTrue(page.contains("id=\"text-error\""), "text error next to the field");
        assertTrue(page.contains("id=\"url-error\""), "url error next to the field");
        assertTrue(page.contains("id=\"publishedAt-error\""), "date error next to the field");
        assertTrue(page.contains("value=\"&lt;b&gt;kept&lt;/b&gt;\""), "input kept and escaped");
    }

    @Test
    void shouldEscapeScriptInArticleNoteSpeakerAndSearch() {
        WebSession s = WebSession.admin(base);
        s.get("/articles/new");
        String marker = "x" + System.nanoTime();
        String text = "<script>alert('t')</script> " + marker + "\n\nThe minister said: \"We will <script>alert(1)</script> win.\"\n";
        Response added = s.post("/articles", Map.of("text", text, "title", "<script>alert('title')</script>"));
        Response page = s.follow(added);
        assertEquals(200, page.statusCode());
        String html = page.asString();
        assertFalse(html.contains("<script>alert"), "no script from the article reaches the page");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")
                || html.contains("&lt;script&gt;alert('title')&lt;/script&gt;"), "the title shows as text");

        long articleId = Long.parseLong(added.header("Location").replaceAll(".*/articles/(\\d+).*", "$1"));
        int start = text.indexOf("We will");
        Response claim = s.post("/articles/" + articleId + "/claims", Map.of("start", String.valueOf(start),
                "end", String.valueOf(start + 20), "speaker", "<script>alert('sp')</script>" + marker));
        Response afterAdd = s.follow(claim);
        Matcher m = Pattern.compile("action=\"/claims/(\\d+)/review\"").matcher(afterAdd.asString());
        assertTrue(m.find(), "the new claim has a review form");
        long claimId = Long.parseLong(m.group(1));
        Matcher v = Pattern.compile("/claims/" + claimId + "/review\">.*?name=\"version\" value=\"(\\d+)\"",
                Pattern.DOTALL).matcher(afterAdd.asString());
        assertTrue(v.find());
        Response saved = s.post("/claims/" + claimId + "/review", Map.of("status", "DISPUTED",
                "note", "<script>alert('note')</script>", "version", v.group(1),
                "speaker", "<script>alert('sp')</script>" + marker, "source", ""));
        assertEquals(303, saved.statusCode(), saved.asString());
        for (String path : new String[]{"/articles/" + articleId, "/claims/" + claimId + "/history",
                "/search?q=will", "/speakers", "/"}) {
            Response r = s.get(path);
            assertEquals(200, r.statusCode(), path + " should render: " + r.asString());
            String body = r.asString();
            assertFalse(body.contains("<script>alert"), path + " must escape user text");
        }
        String review = s.get("/articles/" + articleId).asString();
        Matcher sp = Pattern.compile("href=\"/speakers/(\\d+)\"").matcher(s.get("/speakers?q=" + marker).asString());
        assertTrue(sp.find(), "the new speaker is listed");
        Response speakerPage = s.get("/speakers/" + sp.group(1));
        assertEquals(200, speakerPage.statusCode());
        assertFalse(speakerPage.asString().contains("<script>alert"), "speaker page escapes the name and note");
        assertTrue(speakerPage.asString().contains("&lt;script&gt;alert(&#39;sp&#39;)&lt;/script&gt;"));
        assertTrue(review.contains("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;"), "the note shows as text");
    }

    @Test
    void shouldKeepInputAndShowChangesOnStaleSave() {
        WebSession s = WebSession.admin(base);
        s.get("/articles/new");
        String text = "Stale test " + System.nanoTime() + "\n\nThe mayor said: \"The bridge opens in May.\"\n";
        Response added = s.post("/articles", Map.of("text", text, "language", "en"));
        assertEquals(303, added.statusCode(), added.asString());
        String page = s.follow(added).asString();
        long articleId = Long.parseLong(added.header("Location").replaceAll(".*/articles/(\\d+).*", "$1"));
        Matcher m = Pattern.compile("action=\"/claims/(\\d+)/review\">.*?name=\"version\" value=\"(\\d+)\"",
                Pattern.DOTALL).matcher(page);
        if (!m.find()) {
            int start = text.indexOf("The bridge");
            s.follow(s.post("/articles/" + articleId + "/claims", Map.of("start", String.valueOf(start),
                    "end", String.valueOf(start + 23))));
            page = s.get("/articles/" + articleId).asString();
            m = Pattern.compile("action=\"/claims/(\\d+)/review\">.*?name=\"version\" value=\"(\\d+)\"",
                    Pattern.DOTALL).matcher(page);
            assertTrue(m.find(), "a claim to review");
        }
        String claim = m.group(1);
        String version = m.group(2);
        Response first = s.post("/claims/" + claim + "/review", Map.of("status", "ATTRIBUTED", "note", "Theirs",
                "version", version, "seenStatus", "UNVERIFIED", "seenNote", ""));
        assertEquals(303, first.statusCode(), first.asString());
        Response stale = s.post("/claims/" + claim + "/review", Map.of("status", "DISPUTED", "note", "Mine, kept",
                "version", version, "seenStatus", "UNVERIFIED", "seenNote", ""));
        assertEquals(409, stale.statusCode(), "a save against an old version is a conflict");
        String html = stale.asString();
        assertTrue(html.contains("saved this claim while you were editing"), "says someone else saved first");
        assertTrue(html.contains("<del dir=\"auto\">Unverified</del> → <ins dir=\"auto\">Attributed</ins>"),
                "shows the status change");
        assertTrue(html.contains(">Mine, kept</textarea>"), "keeps the reviewer's note");
        assertTrue(html.matches("(?s).*value=\"DISPUTED\" checked.*"), "keeps the reviewer's status");
        Response again = s.post("/claims/" + claim + "/review", Map.of("status", "DISPUTED", "note", "Mine, kept",
                "version", String.valueOf(Long.parseLong(version) + 1), "seenStatus", "ATTRIBUTED",
                "seenNote", "Theirs"));
        assertEquals(303, again.statusCode(), "saving again on the new version replaces theirs");
    }

    @Test
    void shouldAcceptAFullLengthArticlePastedIntoTheForm() {
        WebSession s = WebSession.admin(base);
        s.get("/articles/new");
        String text = com.quotedesk.article.ArticleResource.sampleRequest().text();
        assertTrue(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 10_000, "a real article, far over 2 KB");
        Response r = s.post("/articles", Map.of("text", text, "title", "Pasted"));
        assertEquals(303, r.statusCode(), "a long pasted article is accepted: " + r.asString());
    }

    @Test
    void shouldLandOnExistingArticleWhenSameTextAddedAgain() {
        WebSession s = WebSession.admin(base);
        s.get("/articles/new");
        String text = "Twice " + System.nanoTime() + "\n\nShe said: \"Again and again.\"\n";
        Response one = s.post("/articles", Map.of("text", text));
        s.get("/articles/new");
        Response two = s.post("/articles", Map.of("text", text, "title", "Other title"));
        assertEquals(one.header("Location"), two.header("Location"), "same text, same article");
        String page = s.follow(two).asString();
        assertTrue(page.contains("This text was added before"), "the flash says so");
    }

    @Test
    void shouldForbidViewerFromReviewing() {
        WebSession admin = WebSession.admin(base);
        admin.get("/admin/users");
        String name = "viewer" + System.nanoTime();
        Response created = admin.post("/admin/users", Map.of("username", name, "password", "viewer-password-1",
                "role", "viewer"));
        assertEquals(303, created.statusCode(), created.asString());
        WebSession viewer = WebSession.signIn(base, name, "viewer-password-1");
        assertEquals(200, viewer.get("/").statusCode());
        Response denied = viewer.get("/admin/users");
        assertEquals(403, denied.statusCode());
        assertTrue(denied.contentType().startsWith("text/html"), "a page, not JSON, for a person");
        assertEquals(403, viewer.post("/articles/sample", Map.of()).statusCode());
    }

    @Test
    void shouldLetAdminChangeRoleResetPasswordAndDisableAccount() {
        WebSession admin = WebSession.admin(base);
        admin.get("/admin/users");
        String name = "rev" + System.nanoTime();
        assertEquals(303, admin.post("/admin/users", Map.of("username", name, "password", "first-password-1",
                "role", "reviewer")).statusCode());
        Response tooShort = admin.post("/admin/users", Map.of("username", name + "x", "password", "short",
                "role", "reviewer"));
        assertEquals(400, tooShort.statusCode());
        assertTrue(tooShort.asString().contains("id=\"password-error\""), "error next to the password field");

        assertEquals(303, admin.post("/admin/users/" + name + "/role", Map.of("role", "admin")).statusCode());
        assertEquals(303, admin.post("/admin/users/" + name + "/password",
                Map.of("password", "second-password-2")).statusCode());
        WebSession user = WebSession.signIn(base, name, "second-password-2");
        assertEquals(200, user.get("/admin/users").statusCode(), "promoted to admin");

        Response disabled = admin.post("/admin/users/" + name + "/enabled", Map.of("enabled", "false"));
        assertTrue(admin.follow(disabled).asString().contains("is disabled"), "flash confirms");
        Response login = RestAssured.given().redirects().follow(false).formParam("j_username", name)
                .formParam("j_password", "second-password-2").post(base + "j_security_check");
        assertTrue(login.header("Location").contains("error"), "a disabled account cannot sign in");
    }

    @Test
    void shouldAddAliasAndMergeSpeakers() {
        WebSession s = WebSession.admin(base);
        s.get("/articles/new");
        String tag = String.valueOf(System.nanoTime());
        String text = "Merge test " + tag + "\n\nThe envoy said: \"Talks went well.\" The aide said: \"Talks failed.\"\n";
        Response added = s.post("/articles", Map.of("text", text, "language", "en"));
        long articleId = Long.parseLong(added.header("Location").replaceAll(".*/articles/(\\d+).*", "$1"));
        s.follow(s.post("/articles/" + articleId + "/claims", Map.of("exact", "Talks went well.",
                "speaker", "Envoy " + tag)));
        s.follow(s.post("/articles/" + articleId + "/claims", Map.of("exact", "Talks failed.",
                "speaker", "Aide " + tag)));
        Matcher envoy = Pattern.compile("href=\"/speakers/(\\d+)\">Envoy " + tag).matcher(s.get("/speakers?q=" + tag).asString());
        Matcher aide = Pattern.compile("href=\"/speakers/(\\d+)\">Aide " + tag).matcher(s.get("/speakers?q=" + tag).asString());
        assertTrue(envoy.find() && aide.find(), "both speakers listed");

        Response alias = s.post("/speakers/" + envoy.group(1) + "/aliases", Map.of("alias", "المبعوث " + tag));
        assertTrue(s.follow(alias).asString().contains("المبعوث " + tag), "alias shown on the speaker page");
        assertTrue(s.get("/speakers?q=المبعوث " + tag).asString().contains("Envoy " + tag), "found by alias");

        Response merged = s.post("/speakers/" + aide.group(1) + "/merge", Map.of("into", envoy.group(1)));
        assertEquals(303, merged.statusCode(), merged.asString());
        String page = s.follow(merged).asString();
        assertTrue(page.contains("Talks went well.") && page.contains("Talks failed."), "both claims now here");
        assertEquals(404, s.get("/speakers/" + aide.group(1)).statusCode(), "the merged speaker is gone");
    }

    @Test
    void shouldSignOutAndRequireSignInAgain() {
        WebSession s = WebSession.admin(base);
        s.get("/");
        Response out = s.post("/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertEquals(303, s.get("/").statusCode(), "signed out: pages redirect to sign-in");
    }
}
