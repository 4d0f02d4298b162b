package com.quotedesk.report;

import com.quotedesk.claim.Claim;
import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.common.ProblemException;
import com.quotedesk.common.QuotedeskConfig;
import com.quotedesk.extraction.PartyType;
import com.quotedesk.report.ReportModel.ArticleInfo;
import com.quotedesk.report.ReportModel.PartyCount;
import com.quotedesk.report.ReportModel.PartyRef;
import com.quotedesk.report.ReportModel.ReportClaim;
import com.quotedesk.report.ReportModel.StatusCounts;
import com.quotedesk.report.ReportModel.Summary;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The database side of reports. Figures come from aggregate queries; claims are read by keyset
 * (paragraph offset, id) one page at a time, each page in its own short transaction, so neither the
 * persistence context nor the heap grows with the size of the report.
 */
@ApplicationScoped
class ReportQueries {

    static final int PAGE_SIZE = 500;

    /** Article ids per metadata query: an IN list that every database takes and plans as key lookups. */
    private static final int ARTICLE_CHUNK = 1000;

    /** Article metadata without its text, which can be a megabyte. */
    private static final String ARTICLE_COLUMNS = "a.id, a.title, a.outlet, a.url, a.language, a.publishedAt";

    /** Which claims a report covers: one article, or everything some speakers said. Dismissed never. */
    record Scope(Long articleId, List<Long> speakerIds) {
        /**
         * The claim's own columns (fk(...)): with the speaker joined, c.speaker.id would name the joined
         * row's id and no claim index would serve the filter. One speaker is compared as a value: H2 reads
         * an IN list of one as a list and then cannot also range over the article ids of ix_claim_speaker_article.
         */
        String where() {
            return where(false);
        }

        /** The same claims, dismissed ({@code true}) or live. */
        String where(boolean dismissed) {
            String who = articleId != null ? "fk(c.article) = :scope"
                    : speakerIds.size() == 1 ? "fk(c.speaker) = :scope" : "fk(c.speaker) in :scope";
            return " c.dismissed = " + dismissed + " and " + who;
        }

        /**
         * Article by article. For one speaker the order names the leading columns of
         * ix_claim_speaker_article (speaker and dismissed are constant, so the order is the same): H2 plans a
         * prepared statement without its values and only then prefers the index it can read in order to the
         * speaker-only index, which would fetch all of the speaker's rows for every batch.
         */
        String articleOrder() {
            return articleId == null && speakerIds.size() == 1 ? "fk(c.speaker), c.dismissed, c.article.id"
                    : "c.article.id";
        }

        /** Article by article, in text order inside each. */
        String textOrder() {
            return articleOrder() + ", c.start, c.id";
        }

        Object param() {
            return articleId != null ? articleId : speakerIds.size() == 1 ? speakerIds.get(0) : speakerIds;
        }
    }

    private final QuotedeskConfig config;

    ReportQueries(QuotedeskConfig config) {
        this.config = config;
    }

    ArticleInfo article(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em().createQuery("select " + ARTICLE_COLUMNS + " from Article a where a.id = :id",
                    Object[].class).setParameter("id", id).getResultList();
            if (rows.isEmpty()) {
                throw ProblemException.notFound("Article", id);
            }
            return info(rows.get(0), count(new Scope(id, null)));
        });
    }

    List<PartyRef> speakers(List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> em().createQuery(
                        "select s.id, s.name from Speaker s where s.id in :ids order by s.name", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .map(r -> new PartyRef((Long) r[0], (String) r[1])).toList());
    }

    /**
     * The articles a speaker report covers, oldest id first, each with its number of claims in scope: the
     * claims are counted per article id alone (ix_claim_speaker_article, read in order for one speaker as in
     * {@link Scope#articleOrder()}; no article row read), then the
     * metadata of those articles is read by id, a chunk at a time, without their text.
     */
    List<ArticleInfo> articles(Scope scope) {
        if (scope.articleId() != null) {
            return List.of(article(scope.articleId()));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Long> counts = new LinkedHashMap<>();
            for (Object[] r : query("select c.article.id, count(c) from Claim c where" + scope.where()
                    + " group by " + scope.articleOrder() + " order by " + scope.articleOrder(), scope)) {
                counts.put((Long) r[0], (Long) r[1]);
            }
            List<Long> ids = new ArrayList<>(counts.keySet());
            List<ArticleInfo> out = new ArrayList<>(ids.size());
            for (int from = 0; from < ids.size(); from += ARTICLE_CHUNK) {
                em().createQuery("select " + ARTICLE_COLUMNS + " from Article a where a.id in :ids order by a.id",
                                Object[].class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + ARTICLE_CHUNK)))
                        .getResultList().forEach(r -> out.add(info(r, counts.get((Long) r[0]))));
            }
            return out;
        });
    }

    /**
     * Every figure of the summary from one pass over the claims in scope (grouped by speaker, source and
     * status, with the flag counts as conditional sums) plus the dismissed count: a speaker with 50,000
     * claims was read eight times when each figure had its own query.
     */
    Summary summary(Scope scope) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em().createQuery("select sp.id, sp.name, so.id, so.name, c.status, count(c), "
                            + "sum(case when c.flags like '%ANONYMOUS_SPEAKER%' or sp.type = :anonymous then 1 else 0 end), "
                            + "sum(case when so.stateMedia = true or c.flags like '%STATE_MEDIA_SOURCE%' then 1 else 0 end), "
                            + "sum(case when c.flags like '%INFERRED_SPEAKER%' then 1 else 0 end), "
                            + "sum(case when c.flags like '%NO_SPEAKER%' then 1 else 0 end) "
                            + "from Claim c left join c.speaker sp left join c.source so where" + scope.where()
                            + " group by sp.id, sp.name, so.id, so.name, c.status", Object[].class)
                    .setParameter("scope", scope.param()).setParameter("anonymous", PartyType.ANONYMOUS)
                    .getResultList();
            PartyTally speakers = new PartyTally();
            PartyTally sources = new PartyTally();
            long[] flags = new long[4];
            for (Object[] r : rows) {
                ReviewStatus status = (ReviewStatus) r[4];
                long n = number(r[5]);
                speakers.add((Long) r[0], (String) r[1], status, n);
                sources.add((Long) r[2], (String) r[3], status, n);
                for (int i = 0; i < flags.length; i++) {
                    flags[i] += number(r[6 + i]);
                }
            }
            List<PartyCount> perSpeaker = speakers.counts();
            StatusCounts all = sum(perSpeaker);
            long dismissed = single("select count(c) from Claim c where" + scope.where(true), scope);
            double share = all.total() == 0 ? 0 : (double) all.reviewed() / all.total();
            return new Summary(all, dismissed, share, perSpeaker, sources.counts(), flags[0], flags[1], flags[2],
                    flags[3]);
        });
    }

    /**
     * The claims of several consecutive articles of the report in one query, grouped by article in text
     * order; the caller keeps the batch to a page ({@link #PAGE_SIZE} claims) using the articles' counts.
     * The batch is read as one range of article ids (an IN list of ids made H2 walk every claim of the
     * speaker for each batch); a claim added since the article list was made, to an article not in it,
     * is left out as the article is.
     */
    Map<Long, List<ReportClaim>> claimsOf(Scope scope, List<Long> articleIds, boolean onlyUnverified) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String q = "select c, c.article.id from Claim c left join fetch c.speaker left join fetch c.source where"
                    + scope.where() + " and c.article.id between :first and :last"
                    + (onlyUnverified ? " and c.status = :unverified" : "")
                    + " order by " + scope.textOrder();
            TypedQuery<Object[]> query = em().createQuery(q, Object[].class)
                    .setParameter("scope", scope.param())
                    .setParameter("first", articleIds.get(0))
                    .setParameter("last", articleIds.get(articleIds.size() - 1));
            if (onlyUnverified) {
                query.setParameter("unverified", ReviewStatus.UNVERIFIED);
            }
            Map<Long, List<ReportClaim>> out = new LinkedHashMap<>();
            articleIds.forEach(id -> out.put(id, new ArrayList<>()));
            for (Object[] r : query.getResultList()) {
                long articleId = (Long) r[1];
                Claim c = (Claim) r[0];
                List<ReportClaim> claims = out.get(articleId);
                if (claims != null) {
                    claims.add(ReportClaims.of(c, articleId, permalink(articleId, c.id)));
                }
            }
            em().clear();
            return out;
        });
    }

    /**
     * Hands every claim of one article in scope to {@code sink} in text order, a page at a time.
     *
     * @param onlyUnverified restrict to claims still waiting for review
     */
    void claims(Scope scope, long articleId, boolean onlyUnverified, Consumer<ReportClaim> sink) {
        int lastStart = -1;
        long lastId = -1;
        while (true) {
            final int s = lastStart;
            final long i = lastId;
            List<ReportClaim> page = QuarkusTransaction.requiringNew().call(() -> page(scope, articleId,
                    onlyUnverified, s, i));
            for (ReportClaim c : page) {
                sink.accept(c);
            }
            if (page.size() < PAGE_SIZE) {
                return;
            }
            lastStart = page.get(page.size() - 1).start();
            lastId = page.get(page.size() - 1).id();
        }
    }

    private List<ReportClaim> page(Scope scope, long articleId, boolean onlyUnverified, int afterStart,
                                   long afterId) {
        StringBuilder q = new StringBuilder("select c from Claim c left join fetch c.speaker "
                + "left join fetch c.source where").append(scope.where())
                .append(" and c.article.id = :article and c.start >= :s and (c.start > :s or c.id > :id)");
        if (onlyUnverified) {
            q.append(" and c.status = :unverified");
        }
        // article first: with it H2 reads the (article_id, start_offset) index in order instead of sorting
        q.append(" order by ").append(scope.textOrder());
        TypedQuery<Claim> query = em().createQuery(q.toString(), Claim.class)
                .setParameter("scope", scope.param()).setParameter("article", articleId)
                .setParameter("s", afterStart).setParameter("id", afterId).setMaxResults(PAGE_SIZE);
        if (onlyUnverified) {
            query.setParameter("unverified", ReviewStatus.UNVERIFIED);
        }
        List<ReportClaim> out = query.getResultList().stream().map(c -> ReportClaims.of(c, articleId, permalink(
                articleId, c.id))).toList();
        em().clear();
        return out;
    }

    String permalink(long articleId, long claimId) {
        return base() + "/articles/" + articleId + "#claim-" + claimId;
    }

    private ArticleInfo info(Object[] r, long claims) {
        long id = (Long) r[0];
        return new ArticleInfo(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (LocalDate) r[5],
                base() + "/articles/" + id, claims);
    }

    private String base() {
        String u = config.publicUrl();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private long count(Scope scope) {
        return single("select count(c) from Claim c where" + scope.where(), scope);
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** Claims by status per speaker (or source), most quoted first; a null id gathers claims naming none. */
    private static final class PartyTally {
        private final Map<Long, String> names = new LinkedHashMap<>();
        private final Map<Long, Map<ReviewStatus, Long>> counts = new LinkedHashMap<>();

        void add(Long id, String name, ReviewStatus status, long n) {
            names.put(id, name);
            counts.computeIfAbsent(id, k -> new EnumMap<>(ReviewStatus.class)).merge(status, n, Long::sum);
        }

        List<PartyCount> counts() {
            List<PartyCount> out = new ArrayList<>();
            for (Map.Entry<Long, Map<ReviewStatus, Long>> e : counts.entrySet()) {
                Map<ReviewStatus, Long> m = e.getValue();
                out.add(new PartyCount(e.getKey(), names.get(e.getKey()), new StatusCounts(
                        m.getOrDefault(ReviewStatus.ATTRIBUTED, 0L), m.getOrDefault(ReviewStatus.DISPUTED, 0L),
                        m.getOrDefault(ReviewStatus.UNVERIFIED, 0L))));
            }
            out.sort(Comparator.comparingLong((PartyCount p) -> -p.counts().total())
                    .thenComparing(p -> p.name() == null ? "\uffff" : p.name()));
            return out;
        }
    }

    private static StatusCounts sum(List<PartyCount> parties) {
        long a = 0;
        long d = 0;
        long u = 0;
        for (PartyCount p : parties) {
            a += p.counts().attributed();
            d += p.counts().disputed();
            u += p.counts().unverified();
        }
        return new StatusCounts(a, d, u);
    }

    private List<Object[]> query(String hql, Scope scope) {
        return em().createQuery(hql, Object[].class).setParameter("scope", scope.param()).getResultList();
    }

    private long single(String hql, Scope scope) {
        return em().createQuery(hql, Long.class).setParameter("scope", scope.param()).getSingleResult();
    }

    private static EntityManager em() {
        return Claim.getEntityManager();
    }
}
