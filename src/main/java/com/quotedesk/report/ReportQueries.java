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

    /** Article metadata without its text, which can be a megabyte. */
    private static final String ARTICLE_COLUMNS = "a.id, a.title, a.outlet, a.url, a.language, a.publishedAt";

    /** Which claims a report covers: one article, or everything some speakers said. Dismissed never. */
    record Scope(Long articleId, List<Long> speakerIds) {
        String where() {
            return articleId != null ? " c.dismissed = false and c.article.id = :scope"
                    : " c.dismissed = false and c.speaker.id in :scope";
        }

        Object param() {
            return articleId != null ? articleId : speakerIds;
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

    /** The articles a speaker report covers, oldest id first, each with its number of claims in scope. */
    List<ArticleInfo> articles(Scope scope) {
        if (scope.articleId() != null) {
            return List.of(article(scope.articleId()));
        }
        return QuarkusTransaction.requiringNew().call(() -> query("select " + ARTICLE_COLUMNS
                + ", count(c) from Claim c join c.article a where" + scope.where() + " group by " + ARTICLE_COLUMNS
                + " order by a.id", scope).stream().map(r -> info(r, (Long) r[6])).toList());
    }

    Summary summary(Scope scope) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<PartyCount> speakers = parties(scope, "speaker");
            List<PartyCount> sources = parties(scope, "source");
            StatusCounts all = sum(speakers);
            long dismissed = scope.articleId() != null
                    ? single("select count(c) from Claim c where c.dismissed = true and c.article.id = :scope", scope)
                    : single("select count(c) from Claim c where c.dismissed = true and c.speaker.id in :scope", scope);
            double share = all.total() == 0 ? 0 : (double) all.reviewed() / all.total();
            long anonymous = single("select count(c) from Claim c left join c.speaker sp where" + scope.where()
                    + " and (c.flags like '%ANONYMOUS_SPEAKER%' or sp.type = :anonymous)", scope,
                    PartyType.ANONYMOUS);
            return new Summary(all, dismissed, share, speakers, sources, anonymous,
                    single("select count(c) from Claim c left join c.source so where" + scope.where()
                            + " and (so.stateMedia = true or c.flags like '%STATE_MEDIA_SOURCE%')", scope),
                    flagCount(scope, "INFERRED_SPEAKER"), flagCount(scope, "NO_SPEAKER"));
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
        q.append(" order by c.article.id, c.start, c.id");
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

    private long flagCount(Scope scope, String flag) {
        return single("select count(c) from Claim c where" + scope.where() + " and c.flags like '%" + flag + "%'",
                scope);
    }

    /** Claims by status per speaker (or source), most quoted first; a null id gathers claims naming none. */
    private List<PartyCount> parties(Scope scope, String relation) {
        List<Object[]> rows = query("select p.id, p.name, c.status, count(c) from Claim c left join c." + relation
                + " p where" + scope.where() + " group by p.id, p.name, c.status", scope);
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Map<ReviewStatus, Long>> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            names.put(id, (String) r[1]);
            counts.computeIfAbsent(id, k -> new EnumMap<>(ReviewStatus.class)).merge((ReviewStatus) r[2],
                    (Long) r[3], Long::sum);
        }
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

    private long single(String hql, Scope scope, PartyType anonymous) {
        return em().createQuery(hql, Long.class).setParameter("scope", scope.param())
                .setParameter("anonymous", anonymous).getSingleResult();
    }

    private static EntityManager em() {
        return Claim.getEntityManager();
    }
}
