package com.quotedesk.trust;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.quotedesk.trust.Problems.assertProblemOnField;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A number parameter that is not a number is the caller's mistake, not a missing resource: every
 * endpoint with a whole-number path or query parameter answers 400 problem+json naming it. The
 * endpoints are found from the compiled resources, so a new one is covered without editing this test.
 */
@QuarkusTest
class ParameterProblemsTest {

    static final List<String> NOT_WHOLE_NUMBERS = List.of("xyz", "1e99", "99999999999999999999", "1.5", "0x10");

    @Test
    void shouldAnswerBadRequestNamingEveryNumberParameterThatIsNotANumber() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 15, "expected the claim, article, speaker and source endpoints, found " + cases);
        for (Case c : cases) {
            // page forms post url-encoded with a CSRF token: their GETs are checked here, the API all through
            if (!c.path.startsWith("/api") && !c.method.equals("GET")) {
                continue;
            }
            for (String bad : NOT_WHOLE_NUMBERS) {
                {
                    String path = c.path.replace("{" + c.param + "}", c.inPath ? bad : "1")
                            .replaceAll("\\{[^}]+}", "1");
                    var request = Accounts.admin().contentType(ContentType.JSON).body("{}");
                    if (!c.inPath) {
                        request = request.queryParam(c.param, bad);
                    }
                    Response r = request.request(c.method, path);
                    assertProblemOnField(r, 400, c.param, c.method + " " + path + " with " + c.param + "=" + bad);
                }
            }
        }
    }

    @Test
    void shouldStillTakeValidAndEmptyOptionalNumbers() {
        long claim = Fixtures.claim().claimId();
        Accounts.admin().get("/api/claims/{id}", claim).then().statusCode(200);
        Accounts.admin().queryParam("page", " 0").queryParam("size", "5").get("/api/claims").then().statusCode(200);
        Accounts.admin().queryParam("page", "").get("/api/claims").then().statusCode(200);
        Accounts.admin().get("/api/claims/{id}", Long.MAX_VALUE).then().statusCode(404);
    }

    record Case(String method, String path, String param, boolean inPath) {
    }

    private static List<Case> cases() throws Exception {
        java.nio.file.Path root = Paths.get("target", "classes");
        List<Case> out = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.startsWith("com.quotedesk.") && !name.contains("$")) {
                    add(Class.forName(name, false, Thread.currentThread().getContextClassLoader()), out);
                }
            }
        }
        return out;
    }

    private static void add(Class<?> type, List<Case> out) {
        Path base = type.getAnnotation(Path.class);
        if (base == null) {
            return;
        }
        for (Method m : type.getMethods()) {
            String verb = verb(m);
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            String path = ("/" + base.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
            for (Parameter p : m.getParameters()) {
                Class<?> t = p.getType();
                if (t != long.class && t != Long.class && t != int.class && t != Integer.class) {
                    continue;
                }
                if (p.getAnnotation(PathParam.class) != null) {
                    out.add(new Case(verb, path, p.getAnnotation(PathParam.class).value(), true));
                } else if (p.getAnnotation(QueryParam.class) != null) {
                    out.add(new Case(verb, path, p.getAnnotation(QueryParam.class).value(), false));
                }
            }
        }
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }
}
