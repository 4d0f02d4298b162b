package com.quotedesk.perf;

import com.quotedesk.common.TextKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fills a migrated Quotedesk database with benchmark volume, straight through JDBC on the real schema:
 * articles recombined from the corpus (its paragraphs and quotations, with generated names and
 * outlets), claims with exact offsets into the text, and review history consistent with Envers (one
 * creation revision per article, revtype 0 for every claim; one revision per later change, revtype 1).
 *
 * <p>Why a standalone tool and not the API: 300,000 claims through {@code POST /api/articles} would take
 * hours on two cores and would depend on what today's extractor finds; here the counts are exact and the
 * shape is fixed (one speaker with {@code --heavy} claims, one article with {@code --big-article} claims).
 * Run it against a database the service has migrated once (start it, stop it), with the service stopped.
 * The Arabic ANT texts are read from the corpus folder at run time only; nothing of them is committed.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:target/quarkus-app/lib/main/com.h2database.h2-2.4.240.jar \
 *   com.quotedesk.perf.DataGenerator --url 'jdbc:h2:file:/tmp/qd-bench/h2/data/quotedesk' \
 *   --corpus /work/shared/corpus
 * </pre>
 */
public final class DataGenerator {

    private static final Pattern QUOTE = Pattern.compile("\"([^\"\\n]{20,300})\"|\u201C([^\u201D\\n]{20,300})\u201D"
            + "|\u00AB\\s*([^\u00BB\\n]{20,300}?)\\s*\u00BB");
    private static final String[][] FIRST = {
        {"Ahmad", "أحمد"}, {"Mohammed", "محمد"}, {"Omar", "عمر"}, {"Ali", "علي"}, {"Hassan", "حسن"},
        {"Khalid", "خالد"}, {"Youssef", "يوسف"}, {"Ibrahim", "إبراهيم"}, {"Samir", "سمير"}, {"Karim", "كريم"},
        {"Tariq", "طارق"}, {"Nabil", "نبيل"}, {"Walid", "وليد"}, {"Ziad", "زياد"}, {"Faisal", "فيصل"},
        {"Hani", "هاني"}, {"Rami", "رامي"}, {"Salim", "سليم"}, {"Adel", "عادل"}, {"Majid", "ماجد"},
        {"Fatima", "فاطمة"}, {"Layla", "ليلى"}, {"Mariam", "مريم"}, {"Nour", "نور"}, {"Huda", "هدى"},
        {"Rania", "رانيا"}, {"Salma", "سلمى"}, {"Dina", "دينا"}, {"Amal", "أمل"}, {"Yasmin", "ياسمين"},
        {"John", "جون"}, {"Maria", "ماريا"}, {"David", "ديفيد"}, {"Anna", "آنا"}, {"Peter", "بيتر"},
        {"Elena", "إيلينا"}, {"Sergei", "سيرغي"}, {"Olga", "أولغا"}, {"James", "جيمس"}, {"Sarah", "سارة"},
        {"Michael", "مايكل"}, {"Laura", "لورا"}, {"Thomas", "توماس"}, {"Claire", "كلير"}, {"Robert", "روبرت"},
        {"Marco", "ماركو"}, {"Giulia", "جوليا"}, {"Jean", "جان"}, {"Sophie", "صوفي"}, {"Ivan", "إيفان"}};
    private static final String[][] LAST = {
        {"Haddad", "حداد"}, {"Khoury", "خوري"}, {"Mansour", "منصور"}, {"Nasser", "ناصر"}, {"Saleh", "صالح"},
        {"Qasim", "قاسم"}, {"Hamdan", "حمدان"}, {"Darwish", "درويش"}, {"Jaber", "جابر"}, {"Aziz", "عزيز"},
        {"Bakr", "بكر"}, {"Farouk", "فاروق"}, {"Rashid", "راشد"}, {"Sabbagh", "صباغ"}, {"Tamimi", "التميمي"},
        {"Zaidi", "الزيدي"}, {"Masri", "المصري"}, {"Halabi", "الحلبي"}, {"Shami", "الشامي"}, {"Omari", "العمري"},
        {"Ivanov", "إيفانوف"}, {"Petrov", "بتروف"}, {"Smirnov", "سميرنوف"}, {"Volkov", "فولكوف"},
        {"Popov", "بوبوف"}, {"Smith", "سميث"}, {"Johnson", "جونسون"}, {"Brown", "براون"}, {"Taylor", "تايلور"},
        {"Wilson", "ويلسون"}, {"Walker", "ووكر"}, {"Wright", "رايت"}, {"Green", "غرين"}, {"Baker", "بيكر"},
        {"Turner", "تيرنر"}, {"Rossi", "روسي"}, {"Bianchi", "بيانكي"}, {"Ricci", "ريتشي"}, {"Dubois", "دوبوا"},
        {"Moreau", "مورو"}, {"Laurent", "لوران"}, {"Fournier", "فورنييه"}, {"Kim", "كيم"}, {"Park", "بارك"},
        {"Lee", "لي"}, {"Choi", "تشوي"}, {"Tanaka", "تاناكا"}, {"Suzuki", "سوزوكي"}, {"Novak", "نوفاك"},
        {"Horvat", "هورفات"}};
    private static final String[][] OUTLETS = {
        {"Reuters", "رويترز", "0"}, {"AFP", "فرانس برس", "0"}, {"Associated Press", "أسوشيتد برس", "0"},
        {"BBC News", "بي بي سي", "0"}, {"Sky News", "سكاي نيوز", "0"}, {"CNN", "سي إن إن", "0"},
        {"Al Jazeera", "الجزيرة", "0"}, {"Yonhap", "يونهاب", "0"}, {"Sputnik", "سبوتنيك", "1"},
        {"Xinhua", "شينخوا", "1"}, {"SUNA", "سونا", "1"}, {"The Guardian", "الغارديان", "0"},
        {"CBC News", "سي بي سي", "0"}, {"The Telegraph", "التلغراف", "0"}, {"RIA Novosti", "ريا نوفوستي", "1"},
        {"Anadolu", "الأناضول", "1"}, {"WAM", "وام", "1"}, {"Le Monde", "لوموند", "0"},
        {"ANSA", "أنسا", "0"}, {"Kyodo", "كيودو", "0"}};

    private final Options o;
    private final Random random;
    private final Corpus en;
    private final Corpus ar;
    private final Instant now = Instant.parse("2026-11-01T08:00:00Z");

    private DataGenerator(Options o) throws IOException {
        this.o = o;
        this.random = new Random(o.seed);
        this.en = Corpus.read(o.corpus.resolve("en"));
        this.ar = Corpus.read(o.corpus.resolve("ar"));
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(o.url, o.user, o.password)) {
            db.setAutoCommit(false);
            new DataGenerator(o).run(db);
            db.setAutoCommit(true);
            vacuumIfPostgres(db);
        }
        System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Brings PostgreSQL's planner statistics and visibility map to where a live database's autovacuum
     * would have them: straight after a bulk load it believes the claim table nearly empty and reads 18,000
     * heap pages (120 ms) to count one speaker's 50,000 claims instead of scanning the index only (5 ms).
     * H2 needs nothing: it analyzes a table by itself as rows are inserted.
     */
    private static void vacuumIfPostgres(Connection db) throws SQLException {
        if (!db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        long t0 = System.nanoTime();
        try (Statement st = db.createStatement()) {
            st.execute("VACUUM ANALYZE");
        }
        System.out.printf("VACUUM ANALYZE in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Options, each with a default that gives the volume. */
    static final class Options {
        String url;
        String user = "sa";
        String password = "";
        Path corpus = Path.of("../shared/corpus");
        int articles = 10_000;
        int claims = 300_000;
        int speakers = 2_000;
        int heavy = 50_000;
        int bigArticle = 200;
        long seed = 42;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String v = args[i + 1];
                switch (args[i]) {
                    case "--url" -> o.url = v;
                    case "--user" -> o.user = v;
                    case "--password" -> o.password = v;
                    case "--corpus" -> o.corpus = Path.of(v);
                    case "--articles" -> o.articles = Integer.parseInt(v);
                    case "--claims" -> o.claims = Integer.parseInt(v);
                    case "--speakers" -> o.speakers = Integer.parseInt(v);
                    case "--heavy" -> o.heavy = Integer.parseInt(v);
                    case "--big-article" -> o.bigArticle = Integer.parseInt(v);
                    case "--seed" -> o.seed = Long.parseLong(v);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (o.url == null) {
                throw new IllegalArgumentException("--url jdbc:… is required");
            }
            return o;
        }
    }

    /** Paragraphs without quotation marks, quotations, and titles of one language's corpus files. */
    record Corpus(List<String> fillers, List<String> quotes, List<String> titles) {
        static Corpus read(Path dir) throws IOException {
            List<String> fillers = new ArrayList<>();
            List<String> quotes = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String[] paragraphs = Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n");
                    titles.add(paragraphs[0].strip());
                    for (String p : paragraphs) {
                        String s = p.strip().replace('\n', ' ');
                        Matcher m = QUOTE.matcher(s);
                        boolean any = false;
                        while (m.find()) {
                            String q = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                            any = true;
                            // Straight quotes pair up only where they are balanced; a span that starts with
                            // punctuation lies between two quotations, not inside one.
                            boolean balanced = m.group(1) == null || s.chars().filter(ch -> ch == '"').count() % 2 == 0;
                            if (balanced && !q.isBlank() && ".,:;\u060C".indexOf(q.strip().charAt(0)) < 0) {
                                quotes.add(q.strip());
                            }
                        }
                        if (!any && s.length() >= 60 && s.length() <= 700 && s.indexOf('"') < 0
                                && s.indexOf('\u201C') < 0 && s.indexOf('\u00AB') < 0) {
                            fillers.add(s);
                            // Sentences of plain paragraphs become further quotations: more variety.
                            for (String sentence : s.split("(?<=[.!?\u061F])\\s+")) {
                                if (sentence.length() >= 40 && sentence.length() <= 250) {
                                    quotes.add(sentence.strip());
                                }
                            }
                        }
                    }
                }
            }
            if (quotes.isEmpty() || fillers.isEmpty()) {
                throw new IllegalStateException("no quotations or paragraphs in " + dir);
            }
            return new Corpus(fillers, quotes, titles);
        }
    }

    record Party(long id, String name, String arabic, boolean stateMedia) {
    }

    private void run(Connection db) throws SQLException {
        Map<String, Long> next = new LinkedHashMap<>();
        for (String t : List.of("article", "segment", "speaker", "speaker_alias", "source", "source_alias",
                "claim")) {
            next.put(t, maxId(db, "select max(id) from " + t) + 1);
        }
        long rev = maxId(db, "select max(rev) from revinfo") + 1;
        List<Party> speakers = speakers(db, next);
        List<Party> sources = sources(db, next);
        db.commit();
        System.out.printf("corpus: en %d quotes %d paragraphs, ar %d quotes %d paragraphs; %d speakers, %d sources%n",
                en.quotes.size(), en.fillers.size(), ar.quotes.size(), ar.fillers.size(), speakers.size(),
                sources.size());

        int[] speakerOfClaim = speakerPerClaim();
        int[] claimsOfArticle = claimsPerArticle();
        Rows rows = new Rows(db);
        int claimNo = 0;
        long reviewed = 0;
        for (int a = 0; a < o.articles; a++) {
            boolean arabic = a % 3 == 1;
            Corpus c = arabic ? ar : en;
            long articleId = next.merge("article", 1L, Long::sum) - 1;
            Instant ingested = now.minusSeconds((long) (o.articles - a) * 97);
            StringBuilder text = new StringBuilder();
            List<int[]> segments = new ArrayList<>();
            List<String> segmentKinds = new ArrayList<>();
            Party titleSpeaker = speakers.get(speakerOfClaim[claimNo]);
            paragraph(text, segments, segmentKinds, title(c, titleSpeaker, arabic, a), "TITLE");
            paragraph(text, segments, segmentKinds, LocalDate.ofInstant(ingested, java.time.ZoneOffset.UTC)
                    .toString(), "DATELINE");
            long revCreate = rev++;
            rows.revinfo(revCreate, ingested, "bench");
            List<Object[]> claimRows = new ArrayList<>();
            for (int k = 0; k < claimsOfArticle[a]; k++, claimNo++) {
                if (random.nextInt(3) == 0) {
                    paragraph(text, segments, segmentKinds, pick(c.fillers), "BODY");
                }
                Party speaker = speakers.get(speakerOfClaim[claimNo]);
                Party source = random.nextInt(3) == 0 ? sources.get(random.nextInt(sources.size())) : null;
                String quote = pick(c.quotes);
                String[] around = frame(arabic, speaker, source);
                int start = paragraph(text, segments, segmentKinds, around[0] + quote + around[1], "BODY")
                        + around[0].length();
                claimRows.add(new Object[] {quote, start, start + quote.length(), segments.size() - 1, speaker,
                    source, around[2], arabic ? speaker.arabic : speaker.name, source == null ? null
                        : arabic ? source.arabic : source.name});
            }
            String body = text.toString();
            rows.article(articleId, titleOf(body, segments), arabic ? "Quotedesk bench (ar)" : "Quotedesk bench",
                    "https://example.org/bench/" + articleId, arabic ? "ar" : "en",
                    LocalDate.ofInstant(ingested, java.time.ZoneOffset.UTC), body, sha256(body), ingested,
                    claimRows.size());
            for (int s = 0; s < segments.size(); s++) {
                rows.segment(next.merge("segment", 1L, Long::sum) - 1, articleId, s, segments.get(s),
                        segmentKinds.get(s));
            }
            for (Object[] r : claimRows) {
                long claimId = next.merge("claim", 1L, Long::sum) - 1;
                Party speaker = (Party) r[4];
                Party source = (Party) r[5];
                String flags = source != null && source.stateMedia ? "STATE_MEDIA_SOURCE" : "";
                Review state = new Review("UNVERIFIED", null, null, null, null);
                rows.audit(claimId, revCreate, 0, r, speaker, source, state);
                long version = 0;
                if (claimId % 3 == 0) {
                    int changes = 1 + random.nextInt(3);
                    Instant at = ingested;
                    for (int v = 0; v < changes; v++) {
                        at = at.plusSeconds(300 + random.nextInt(86_400));
                        String reviewer = "reviewer" + (1 + random.nextInt(12));
                        state = nextReview(reviewer, at);
                        long revChange = rev++;
                        rows.revinfo(revChange, at, reviewer);
                        rows.audit(claimId, revChange, 1, r, speaker, source, state);
                        version++;
                        reviewed++;
                    }
                }
                rows.claim(claimId, articleId, r, speaker, source, flags, state, ingested, version);
            }
            rows.flushIfFull();
            if ((a + 1) % 1000 == 0) {
                rows.flush();
                db.commit();
                System.out.printf("%d articles, %d claims%n", a + 1, claimNo);
            }
        }
        rows.flush();
        restartSequences(db, next, rev);
        db.commit();
        System.out.printf("articles %d, claims %d, review changes %d, revisions up to %d%n", o.articles, claimNo,
                reviewed, rev - 1);
    }

    /** A review state: what a reviewer set, and when. */
    record Review(String status, String note, String evidenceUrl, String by, Instant at) {
    }

    private Review nextReview(String reviewer, Instant at) {
        String status = random.nextInt(4) == 0 ? "DISPUTED" : "ATTRIBUTED";
        String note = status.equals("DISPUTED") ? "The quoted words differ from the recording." : "Matches the video.";
        return new Review(status, note, "https://example.org/evidence/" + random.nextInt(1_000_000), reviewer, at);
    }

    /** The text before and after a quotation, and the cue. */
    private String[] frame(boolean arabic, Party speaker, Party source) {
        if (arabic) {
            return switch (random.nextInt(3)) {
                case 0 -> new String[] {"وقال " + speaker.arabic + (source == null ? "" : " لوكالة " + source.arabic)
                    + ": \"", "\".", "قال"};
                case 1 -> new String[] {"وأضاف " + speaker.arabic + " «", "».", "أضاف"};
                default -> new String[] {"وأكد " + speaker.arabic + " أن \"", "\""
                    + (source == null ? "." : "، بحسب " + source.arabic + "."), "أكد"};
            };
        }
        return switch (random.nextInt(3)) {
            case 0 -> new String[] {speaker.name + (source == null ? " said: \"" : " told " + source.name + ": \""),
                "\"", source == null ? "said" : "told"};
            case 1 -> new String[] {"\u201C", ",\u201D " + speaker.name + " said.", "said"};
            default -> new String[] {"According to " + (source == null ? "a statement" : source.name) + ", "
                + speaker.name + " said \"", ".\"", "said"};
        };
    }

    private String title(Corpus c, Party speaker, boolean arabic, int n) {
        String base = pick(c.titles);
        return (arabic ? speaker.arabic + ": " : speaker.name + ": ") + base + " (" + (n + 1) + ")";
    }

    private static String titleOf(String body, List<int[]> segments) {
        String t = body.substring(segments.get(0)[0], segments.get(0)[1]);
        return t.length() <= 200 ? t : t.substring(0, 200);
    }

    /** Appends a paragraph (a blank line before it) and its segment; returns where the paragraph starts. */
    private static int paragraph(StringBuilder text, List<int[]> segments, List<String> kinds, String p,
                                 String kind) {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        segments.add(new int[] {start, start + p.length()});
        kinds.add(kind);
        text.append(p);
        return start;
    }

    /**
     * Which speaker each claim has: the first speaker exactly {@code heavy} claims (the export target),
     * every other speaker at least one, the rest Zipf-like (a few prolific, a long tail), shuffled.
     */
    private int[] speakerPerClaim() {
        int[] out = new int[o.claims];
        int i = 0;
        for (; i < o.heavy; i++) {
            out[i] = 0;
        }
        for (int s = 1; s < o.speakers && i < out.length; s++) {
            out[i++] = s;
        }
        double[] cumulative = new double[o.speakers];
        double sum = 0;
        for (int s = 1; s < o.speakers; s++) {
            sum += 1.0 / Math.pow(s, 0.9);
            cumulative[s] = sum;
        }
        for (; i < out.length; i++) {
            double x = random.nextDouble() * sum;
            int lo = 1;
            int hi = o.speakers - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            out[i] = lo;
        }
        for (int k = out.length - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int t = out[k];
            out[k] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** Claims per article: the first article {@code bigArticle} (the article-page target), others 10..50. */
    private int[] claimsPerArticle() {
        int[] out = new int[o.articles];
        out[0] = o.bigArticle;
        int left = o.claims - o.bigArticle;
        for (int a = 1; a < o.articles; a++) {
            out[a] = 10 + random.nextInt(41);
            left -= out[a];
        }
        for (int a = 1; left != 0; a = a % (o.articles - 1) + 1) {
            int step = left > 0 ? 1 : -1;
            if (out[a] + step >= 1 && out[a] + step <= 120) {
                out[a] += step;
                left -= step;
            }
        }
        return out;
    }

    private List<Party> speakers(Connection db, Map<String, Long> next) throws SQLException {
        List<Party> out = new ArrayList<>();
        try (PreparedStatement sp = db.prepareStatement("insert into speaker (id, name, name_key, type, merged_into, "
                + "created_at) values (?, ?, ?, 'PERSON', null, ?)");
             PreparedStatement al = db.prepareStatement("insert into speaker_alias (id, speaker_id, alias, alias_key) "
                     + "values (?, ?, ?, ?)")) {
            for (int n = 0; n < o.speakers; n++) {
                String[] first = FIRST[n % FIRST.length];
                String[] last = LAST[(n / FIRST.length + n) % LAST.length];
                String suffix = n < FIRST.length * LAST.length ? "" : " " + (n / (FIRST.length * LAST.length) + 1);
                String name = first[0] + " " + last[0] + suffix;
                String arabic = first[1] + " " + last[1] + suffix;
                long id = next.merge("speaker", 1L, Long::sum) - 1;
                sp.setLong(1, id);
                sp.setString(2, name);
                sp.setString(3, TextKey.of(name));
                sp.setTimestamp(4, Timestamp.from(now.minusSeconds(30L * 86_400)));
                sp.addBatch();
                al.setLong(1, next.merge("speaker_alias", 1L, Long::sum) - 1);
                al.setLong(2, id);
                al.setString(3, arabic);
                al.setString(4, TextKey.of(arabic));
                al.addBatch();
                out.add(new Party(id, name, arabic, false));
            }
            sp.executeBatch();
            al.executeBatch();
        }
        return out;
    }

    private List<Party> sources(Connection db, Map<String, Long> next) throws SQLException {
        List<Party> out = new ArrayList<>();
        try (PreparedStatement find = db.prepareStatement("select id, state_media from source where name_key = ?");
             PreparedStatement so = db.prepareStatement("insert into source (id, name, name_key, type, state_media, "
                     + "created_at) values (?, ?, ?, 'MEDIA', ?, ?)");
             PreparedStatement al = db.prepareStatement("insert into source_alias (id, source_id, alias, alias_key) "
                     + "values (?, ?, ?, ?)")) {
            for (String[] outlet : OUTLETS) {
                find.setString(1, TextKey.of(outlet[0]));
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        out.add(new Party(rs.getLong(1), outlet[0], outlet[1], rs.getBoolean(2)));
                        continue;
                    }
                }
                long id = next.merge("source", 1L, Long::sum) - 1;
                so.setLong(1, id);
                so.setString(2, outlet[0]);
                so.setString(3, TextKey.of(outlet[0]));
                so.setBoolean(4, outlet[2].equals("1"));
                so.setTimestamp(5, Timestamp.from(now.minusSeconds(30L * 86_400)));
                so.executeUpdate();
                al.setLong(1, next.merge("source_alias", 1L, Long::sum) - 1);
                al.setLong(2, id);
                al.setString(3, outlet[1]);
                al.setString(4, TextKey.of(outlet[1]));
                al.executeUpdate();
                out.add(new Party(id, outlet[0], outlet[1], outlet[2].equals("1")));
            }
        }
        return out;
    }

    /** Moves every id sequence past the rows written here (Hibernate's pooled optimizer, increment 50). */
    private static void restartSequences(Connection db, Map<String, Long> next, long rev) throws SQLException {
        try (Statement st = db.createStatement()) {
            for (Map.Entry<String, Long> e : next.entrySet()) {
                long start = (e.getValue() / 50 + 2) * 50 + 1;
                st.execute("alter sequence " + e.getKey() + "_seq restart with " + start);
            }
            st.execute("alter sequence revinfo_seq restart with " + rev);
        }
    }

    private static long maxId(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Batched inserts into the six tables, flushed parents first so foreign keys hold. */
    static final class Rows {
        private final PreparedStatement revinfo;
        private final PreparedStatement article;
        private final PreparedStatement segment;
        private final PreparedStatement claim;
        private final PreparedStatement audit;
        private int pending;

        Rows(Connection db) throws SQLException {
            revinfo = db.prepareStatement("insert into revinfo (rev, revtstmp, username) values (?, ?, ?)");
            article = db.prepareStatement("insert into article (id, title, outlet, url, language, published_at, body, "
                    + "content_hash, ingested_by, ingested_at, claim_count) values (?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?)");
            segment = db.prepareStatement("insert into segment (id, article_id, idx, start_offset, end_offset, kind) "
                    + "values (?, ?, ?, ?, ?, ?)");
            claim = db.prepareStatement("insert into claim (id, article_id, kind, quote, quote_key, start_offset, "
                    + "end_offset, segment_index, cue, speaker_id, source_id, speaker_mention, source_mention, status, "
                    + "note, evidence_url, dismissed, dismiss_reason, flags, confidence, origin, speaker_set_by, "
                    + "source_set_by, kind_set_by, span_set_by, reviewed_by, reviewed_at, created_at, version) values "
                    + "(?, ?, 'DIRECT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, null, ?, ?, 'MACHINE', 'MACHINE', "
                    + "'MACHINE', 'MACHINE', 'MACHINE', ?, ?, ?, ?)");
            audit = db.prepareStatement("insert into claim_aud (id, rev, revtype, kind, quote, start_offset, end_offset, "
                    + "speaker_id, source_id, status, note, evidence_url, dismissed, dismiss_reason, reviewed_by, "
                    + "reviewed_at) values (?, ?, ?, 'DIRECT', ?, ?, ?, ?, ?, ?, ?, ?, false, null, ?, ?)");
        }

        void revinfo(long rev, Instant at, String user) throws SQLException {
            revinfo.setLong(1, rev);
            revinfo.setLong(2, at.toEpochMilli());
            revinfo.setString(3, user);
            revinfo.addBatch();
        }

        void article(long id, String title, String outlet, String url, String language, LocalDate published,
                     String body, String hash, Instant ingested, int claims) throws SQLException {
            article.setLong(1, id);
            article.setString(2, title);
            article.setString(3, outlet);
            article.setString(4, url);
            article.setString(5, language);
            article.setDate(6, Date.valueOf(published));
            article.setString(7, body);
            article.setString(8, hash);
            article.setTimestamp(9, Timestamp.from(ingested));
            article.setInt(10, claims);
            article.addBatch();
        }

        void segment(long id, long articleId, int idx, int[] span, String kind) throws SQLException {
            segment.setLong(1, id);
            segment.setLong(2, articleId);
            segment.setInt(3, idx);
            segment.setInt(4, span[0]);
            segment.setInt(5, span[1]);
            segment.setString(6, kind);
            segment.addBatch();
            pending++;
        }

        void claim(long id, long articleId, Object[] r, Party speaker, Party source, String flags, Review state,
                   Instant created, long version) throws SQLException {
            String quote = (String) r[0];
            claim.setLong(1, id);
            claim.setLong(2, articleId);
            claim.setString(3, quote);
            claim.setString(4, TextKey.of(quote));
            claim.setInt(5, (Integer) r[1]);
            claim.setInt(6, (Integer) r[2]);
            claim.setInt(7, (Integer) r[3]);
            claim.setString(8, (String) r[6]);
            claim.setLong(9, speaker.id);
            if (source == null) {
                claim.setNull(10, java.sql.Types.BIGINT);
            } else {
                claim.setLong(10, source.id);
            }
            claim.setString(11, (String) r[7]);
            claim.setString(12, (String) r[8]);
            claim.setString(13, state.status);
            claim.setString(14, state.note);
            claim.setString(15, state.evidenceUrl);
            claim.setString(16, flags);
            claim.setDouble(17, 0.9);
            claim.setString(18, state.by);
            claim.setTimestamp(19, state.at == null ? null : Timestamp.from(state.at));
            claim.setTimestamp(20, Timestamp.from(created));
            claim.setLong(21, version);
            claim.addBatch();
            pending++;
        }

        void audit(long id, long rev, int type, Object[] r, Party speaker, Party source, Review state)
                throws SQLException {
            audit.setLong(1, id);
            audit.setLong(2, rev);
            audit.setShort(3, (short) type);
            audit.setString(4, (String) r[0]);
            audit.setInt(5, (Integer) r[1]);
            audit.setInt(6, (Integer) r[2]);
            audit.setLong(7, speaker.id);
            if (source == null) {
                audit.setNull(8, java.sql.Types.BIGINT);
            } else {
                audit.setLong(8, source.id);
            }
            audit.setString(9, state.status);
            audit.setString(10, state.note);
            audit.setString(11, state.evidenceUrl);
            audit.setString(12, state.by);
            audit.setTimestamp(13, state.at == null ? null : Timestamp.from(state.at));
            audit.addBatch();
            pending++;
        }

        void flushIfFull() throws SQLException {
            if (pending >= 5_000) {
                flush();
            }
        }

        void flush() throws SQLException {
            revinfo.executeBatch();
            article.executeBatch();
            segment.executeBatch();
            claim.executeBatch();
            audit.executeBatch();
            pending = 0;
        }
    }
}
