import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP client for the trust scripts (issue 6), run as a single source file: {@code java QuotedeskProbe.java}.
 * No dependencies, so the scripts need nothing but the JDK.
 *
 * <pre>
 *   load   BASE USER PASSWORD ACKFILE THREADS SECONDS [SIGNALFILE]
 *          reviews from several threads; every 200 is appended to ACKFILE. A request started before SIGNALFILE
 *          exists (the script creates it just before signalling the server) and cut off is "cut-in-flight".
 *   verify BASE USER PASSWORD ACKFILE                   every acknowledged review is in its claim's history
 *   two    BASE_A BASE_B USER PASSWORD                  session on A used on B; one winner per version across both
 * </pre>
 */
public class QuotedeskProbe {

    static final Pattern CLAIM_ID = Pattern.compile("\\{\"id\":(\\d+),\"articleId\"");
    static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    static final Pattern ARTICLE_ID = Pattern.compile("\"id\":(\\d+)");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> System.exit(load(args[1], args[2], args[3], Path.of(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), args.length > 7 ? Path.of(args[7]) : null));
            case "verify" -> System.exit(verify(args[1], args[2], args[3], Path.of(args[4])));
            case "two" -> System.exit(two(args[1], args[2], args[3], args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---- load: reviews until the server goes away or time is up ----

    static int load(String base, String user, String password, Path ackFile, int threads, int seconds,
                    Path signalFile) throws Exception {
        Api api = new Api(base, user, password, false);
        List<Long> claims = sampleClaims(api);
        System.out.printf("load: %d claims, %d threads, up to %d s%n", claims.size(), threads, seconds);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger lostInFlight = new AtomicInteger();
        AtomicInteger cutAfterSignal = new AtomicInteger();
        Map<String, Integer> other = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (PrintWriter acks = new PrintWriter(Files.newBufferedWriter(ackFile, StandardCharsets.UTF_8))) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    int n = 0;
                    long downSince = 0;
                    while (!stop.get() && System.nanoTime() < deadline) {
                        long claim = claims.get((thread * 7 + n) % claims.size());
                        String note = "load-" + thread + "-" + n++;
                        boolean signalled = signalFile != null && Files.exists(signalFile);
                        try {
                            Api one = api;
                            Resp current = one.send("GET", "/api/claims/" + claim, null);
                            if (current.statusCode() != 200) {
                                count(other, current.statusCode(), unavailable);
                                continue;
                            }
                            long version = first(VERSION, current.body());
                            Resp r = one.send("PUT", "/api/claims/" + claim + "/review",
                                    "{\"status\":\"" + (n % 2 == 0 ? "ATTRIBUTED" : "DISPUTED") + "\",\"note\":\""
                                            + note + "\",\"version\":" + version + "}");
                            downSince = 0;
                            if (r.statusCode() == 200) {
                                synchronized (acks) {
                                    acks.printf("%d\t%s\t%d%n", claim, note, first(VERSION, r.body()));
                                    acks.flush();
                                }
                                acked.incrementAndGet();
                            } else if (r.statusCode() == 409) {
                                conflicts.incrementAndGet();
                            } else {
                                count(other, r.statusCode(), unavailable);
                            }
                        } catch (ConnectException e) {
                            refused.incrementAndGet();
                            if (downSince == 0) {
                                downSince = System.nanoTime();
                            } else if (System.nanoTime() - downSince > TimeUnit.SECONDS.toNanos(3)) {
                                stop.set(true);
                            }
                            sleep(50);
                        } catch (IOException e) {
                            (signalled || signalFile == null ? cutAfterSignal : lostInFlight).incrementAndGet();
                            sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(seconds + 60L, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("load: acknowledged=%d conflicts=%d unavailable(503)=%d refused-connections=%d "
                + "cut-in-flight=%d cut-after-signal=%d other=%s%n", acked.get(), conflicts.get(), unavailable.get(),
                refused.get(), lostInFlight.get(), cutAfterSignal.get(), other);
        return 0;
    }

    private static void count(Map<String, Integer> other, int status, AtomicInteger unavailable) {
        if (status == 503) {
            unavailable.incrementAndGet();
        } else {
            other.merge(String.valueOf(status), 1, Integer::sum);
        }
    }

    // ---- verify: every acknowledged review survived ----

    static int verify(String base, String user, String password, Path ackFile) throws Exception {
        Api api = new Api(base, user, password, false);
        List<String> lines = Files.readAllLines(ackFile, StandardCharsets.UTF_8);
        Map<Long, String> histories = new ConcurrentHashMap<>();
        int missing = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            long claim = Long.parseLong(f[0]);
            String history = histories.computeIfAbsent(claim, id -> {
                try {
                    Resp r = api.send("GET", "/api/claims/" + id + "/history", null);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("history of " + id + ": " + r.statusCode());
                    }
                    return r.body();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (!history.contains("\"note\":\"" + f[1] + "\"")) {
                missing++;
                System.out.printf("verify: MISSING claim %d note %s (acknowledged at version %s)%n", claim, f[1], f[2]);
            }
        }
        System.out.printf("verify: acknowledged=%d present-with-history=%d missing=%d claims=%d%n", lines.size(),
                lines.size() - missing, missing, histories.size());
        return missing == 0 ? 0 : 1;
    }

    // ---- two instances: one session, one winner ----

    static int two(String a, String b, String user, String password) throws Exception {
        int failures = 0;
        Api apiA = new Api(a, user, password, false);
        Api apiB = new Api(b, user, password, false);

        String cookie = formSignIn(a, user, password);
        Resp me = new Api(b, null, null, false).sendWithCookie("/account/me", cookie);
        boolean sessionOk = me.statusCode() == 200 && me.body().contains("\"username\":\"" + user + "\"");
        Resp stranger = new Api(b, null, null, false).sendWithCookie("/account/me", null);
        System.out.printf("two: signed in on A, /account/me on B with the cookie -> %d %s; without -> %d%n",
                me.statusCode(), me.body(), stranger.statusCode());
        if (!sessionOk || stranger.statusCode() == 200) {
            failures++;
        }

        List<Long> claims = sampleClaims(apiA);
        int rounds = Math.min(10, claims.size());
        int racers = 16;
        int exact = 0;
        for (int i = 0; i < rounds; i++) {
            long claim = claims.get(i);
            long version = first(VERSION, apiA.send("GET", "/api/claims/" + claim, null).body());
            int before = count("\"revision\"", apiB.send("GET", "/api/claims/" + claim + "/history", null).body());
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int r = 0; r < racers; r++) {
                Api via = r % 2 == 0 ? apiA : apiB;
                int racer = r;
                answers.add(pool.submit(() -> {
                    go.await();
                    return via.send("PUT", "/api/claims/" + claim + "/review", "{\"status\":\"ATTRIBUTED\","
                            + "\"note\":\"two-" + racer + "\",\"version\":" + version + "}").statusCode();
                }));
            }
            go.countDown();
            int ok = 0;
            int conflict = 0;
            for (Future<Integer> f : answers) {
                int s = f.get(120, TimeUnit.SECONDS);
                ok += s == 200 ? 1 : 0;
                conflict += s == 409 ? 1 : 0;
            }
            pool.shutdownNow();
            int after = count("\"revision\"", apiA.send("GET", "/api/claims/" + claim + "/history", null).body());
            System.out.printf("two: claim %d version %d: %d x 200, %d x 409 across A and B; history +%d%n", claim,
                    version, ok, conflict, after - before);
            if (ok == 1 && conflict == racers - 1 && after - before == 1) {
                exact++;
            } else {
                failures++;
            }
        }
        System.out.printf("two: exactly one winner in %d of %d rounds%n", exact, rounds);

        String name = "two-" + System.nanoTime();
        apiA.send("POST", "/api/users", "{\"username\":\"" + name + "\",\"password\":\"two-instances-pw\","
                + "\"roles\":[\"viewer\"]}");
        Api wrongOnA = new Api(a, name, "not-the-password", false);
        for (int i = 0; i < 5; i++) {
            wrongOnA.send("GET", "/api/articles?size=1", null);
        }
        int lockedOnB = new Api(b, name, "two-instances-pw", false).send("GET", "/api/articles?size=1", null)
                .statusCode();
        apiB.send("PUT", "/api/users/" + name, "{\"password\":\"two-instances-pw2\"}");
        int afterResetOnA = new Api(a, name, "two-instances-pw2", false).send("GET", "/api/articles?size=1", null)
                .statusCode();
        System.out.printf("two: 5 failed sign-ins on A -> right password on B answers %d; after an admin reset on B,"
                + " A answers %d%n", lockedOnB, afterResetOnA);
        if (lockedOnB != 401 || afterResetOnA != 200) {
            failures++;
        }
        System.out.println(failures == 0 ? "two: OK" : "two: FAILED (" + failures + ")");
        return failures == 0 ? 0 : 1;
    }

    static String formSignIn(String base, String user, String password) throws Exception {
        String form = "j_username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
        Resp r = new Api(base, null, null, false).form("/j_security_check", form);
        for (String c : r.cookies()) {
            if (c.startsWith("quarkus-credential=")) {
                return c.substring("quarkus-credential=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        throw new IllegalStateException("form sign-in on " + base + " gave no session cookie: " + r.statusCode()
                + " " + r.cookies());
    }

    // ---- helpers ----

    static List<Long> sampleClaims(Api api) throws Exception {
        Resp sample = api.send("POST", "/api/articles/sample", null);
        if (sample.statusCode() != 200 && sample.statusCode() != 201) {
            throw new IllegalStateException("sample: " + sample.statusCode() + " " + sample.body());
        }
        long article = first(ARTICLE_ID, sample.body());
        String body = api.send("GET", "/api/articles/" + article + "/claims", null).body();
        List<Long> ids = new ArrayList<>();
        Matcher m = CLAIM_ID.matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the sample article has no claims");
        }
        return ids;
    }

    static long first(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException(p + " not in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    static int count(String needle, String body) {
        int n = 0;
        for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An HTTP answer: status, body and the Set-Cookie headers. */
    record Resp(int statusCode, String body, List<String> cookies) {
    }

    /**
     * A tiny JSON-over-HTTP client with Basic auth on HttpURLConnection; run with -Dhttp.keepAlive=false so
     * that each request has its own connection and no idle keep-alive connection is cut under a request.
     */
    record Api(String base, String user, String password, boolean unused) {

        Resp send(String method, String path, String json) throws IOException, InterruptedException {
            java.net.HttpURLConnection c = open(path);
            c.setRequestMethod(method);
            c.setRequestProperty("Accept", "application/json");
            if (user != null) {
                c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            if (!"GET".equals(method)) {
                c.setRequestProperty("Content-Type", "application/json");
                c.setDoOutput(true);
                try (var out = c.getOutputStream()) {
                    out.write(json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8));
                }
            }
            return read(c);
        }

        Resp sendWithCookie(String path, String cookie) throws IOException {
            java.net.HttpURLConnection c = open(path);
            if (cookie != null) {
                c.setRequestProperty("Cookie", "quarkus-credential=" + cookie);
            }
            return read(c);
        }

        Resp form(String path, String form) throws IOException {
            java.net.HttpURLConnection c = open(path);
            c.setRequestMethod("POST");
            c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            c.setDoOutput(true);
            try (var out = c.getOutputStream()) {
                out.write(form.getBytes(StandardCharsets.UTF_8));
            }
            return read(c);
        }

        private java.net.HttpURLConnection open(String path) throws IOException {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout(5_000);
            c.setReadTimeout(60_000);
            return c;
        }

        private static Resp read(java.net.HttpURLConnection c) throws IOException {
            int status = c.getResponseCode();
            var in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> cookies = new ArrayList<>();
            c.getHeaderFields().forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    cookies.addAll(values);
                }
            });
            c.disconnect();
            return new Resp(status, body, cookies);
        }
    }
}
