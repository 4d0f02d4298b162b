package com.quotedesk.claim;

import com.quotedesk.common.PageView;
import com.quotedesk.common.ProblemException;
import com.quotedesk.common.TextKey;
import com.quotedesk.extraction.ClaimKind;
import com.quotedesk.speaker.Source;
import com.quotedesk.speaker.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;

/**
 * Search across all articles. A speaker or source is named by id, canonical name or any alias, folded
 * with {@link TextKey} so case and Arabic spelling variants do not matter; {@code q} matches inside the
 * folded quote. Parameters only ever reach the database as bind values.
 */
@ApplicationScoped
@Transactional
public class ClaimSearch {

    /** Newest first by the primary key alone: no index of another column to read in order. */
    private static final String BY_ID = "c.id desc";

    /** What to look for; any field may be null. */
    public record Criteria(String speaker, String source, String status, String kind, String q, Long articleId,
                           Boolean dismissed) {
    }

    public PageView<ClaimView> search(Criteria c, Integer page, Integer size) {
        int p = PageView.page(page);
        int s = PageView.size(size);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        List<Long> speakers = present(c.speaker()) ? partyIds(true, c.speaker()) : null;
        List<Long> sources = present(c.source()) ? partyIds(false, c.source()) : null;
        if (speakers != null) {
            oneOf(where, params, "fk(c.speaker)", speakers);
        }
        if (sources != null) {
            oneOf(where, params, "fk(c.source)", sources);
        }
        if (present(c.status())) {
            where.append(" and c.status = ?").append(params.size() + 1);
            params.add(parse(ReviewStatus.class, "status", c.status()));
        }
        if (present(c.kind())) {
            where.append(" and c.kind = ?").append(params.size() + 1);
            params.add(parse(ClaimKind.class, "kind", c.kind()));
        }
        if (present(c.q())) {
            where.append(" and c.quoteKey like ?").append(params.size() + 1).append(" escape '\\'");
            params.add("%" + escapeLike(TextKey.of(c.q())) + "%");
        }
        if (c.articleId() != null) {
            where.append(" and c.article.id = ?").append(params.size() + 1);
            params.add(c.articleId());
        }
        if (c.dismissed() != null) {
            where.append(" and c.dismissed = ?").append(params.size() + 1);
            params.add(c.dismissed());
        }
        String order = order(c, speakers, sources);
        EntityManager em = Claim.getEntityManager();
        List<ClaimView> items = order.equals(BY_ID)
                ? views(rows(em, where, params, order).setFirstResult(p * s).setMaxResults(s).getResultList())
                : pageFromIndex(em, where, params, order, p, s);
        // Counting is most of the cost for a large result (50,000 index entries for one busy speaker):
        // a page that is not full already tells the total, and a large total is remembered until a claim
        // changes (ClaimTotals)
        long total = PageView.knownTotal(items.size(), p, s).orElseGet(() -> ClaimTotals.total(where.toString()
                + params, () -> bind(em.createQuery("select count(c) from Claim c" + where, Long.class), params)
                .getSingleResult()));
        return new PageView<>(items, total, p, s);
    }

    /**
     * The rows of a query, with the speaker and source they name. The claim table drives the outer joins, so
     * the databases still read an index in order and stop after the page. Filters and order name the claim's
     * own foreign key columns (fk(...)): c.speaker.id would name the joined speaker's id, and no claim index
     * serves that. The article's id comes from the claim row: fetching the article would load its whole text
     * (up to 1 MB).
     */
    private static TypedQuery<Object[]> rows(EntityManager em, CharSequence where, List<Object> params, String order) {
        return bind(em.createQuery("select c, c.article.id from Claim c left join fetch c.speaker "
                + "left join fetch c.source" + where + " order by " + order, Object[].class), params);
    }

    /**
     * A page read in the order of a (column, id) index in two steps: the page's ids from the index alone,
     * then its rows within that id range. In one step PostgreSQL can take the wrong path for a busy speaker
     * whose claims are all older than most of the table: its statistics say nothing of where in the id order
     * a speaker's claims lie, so it walked the primary key backwards from the newest claim, filtering
     * (124,000 rows and 175 ms to find the 50 claims of a 50,000-claim speaker after 124,000 newer claims of
     * others were ingested), instead of reading ix_claim_speaker; fresh statistics do not help, as they say
     * how many claims a speaker has, not where they lie. The ids alone are an index-only scan of
     * ix_claim_speaker, which H2 takes and PostgreSQL takes once the table is vacuumed (0.8 ms there; 61 ms
     * before for the page), and the id range then bounds any path (BENCHMARKS.md, fix 18).
     */
    private static List<ClaimView> pageFromIndex(EntityManager em, StringBuilder where, List<Object> params,
                                                 String order, int page, int size) {
        List<Long> ids = bind(em.createQuery("select c.id from Claim c" + where + " order by " + order, Long.class),
                params).setFirstResult(page * size).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        LongSummaryStatistics range = ids.stream().mapToLong(Long::longValue).summaryStatistics();
        int n = params.size() + 1;
        List<Object> inRange = new ArrayList<>(params);
        inRange.add(range.getMin());
        inRange.add(range.getMax());
        String between = where + " and c.id between ?" + n + " and ?" + (n + 1);
        return views(rows(em, between, inRange, order).setMaxResults(size).getResultList());
    }

    private static List<ClaimView> views(List<Object[]> rows) {
        return rows.stream().map(r -> ClaimView.of((Claim) r[0], (Long) r[1])).toList();
    }

    /**
     * Newest first, named so that H2 can read an index in order and stop after one page: it does so only
     * when ORDER BY names the index's columns in the index's direction, and ix_claim_speaker/source/status
     * are (column DESC, id DESC). Only for a filter that bounds the scan (one speaker, one source, or a
     * status alone); an article filter keeps plain {@code id desc}, whose small index range is sorted.
     */
    private static String order(Criteria c, List<Long> speakers, List<Long> sources) {
        if (c.articleId() != null) {
            return BY_ID;
        }
        if (speakers != null && speakers.size() == 1) {
            return "fk(c.speaker) desc, c.id desc";
        }
        if (speakers == null && sources != null && sources.size() == 1) {
            return "fk(c.source) desc, c.id desc";
        }
        if (speakers == null && sources == null && !present(c.q()) && present(c.status())) {
            return "c.status desc, c.id desc";
        }
        return BY_ID;
    }

    /** Ids of the live speakers a reference (id, name or alias, any spelling) names; used by reports too. */
    public List<Long> speakerIds(String ref) {
        return partyIds(true, ref);
    }

    /**
     * Ids of the speakers (or sources) a reference names: an id, an exact name or alias, else a partial
     * match. Exact names are two indexed lookups ({@code ix_*_name_key}, {@code ix_*_alias_key}); an
     * {@code or} across a join of the aliases made the databases scan the whole registry.
     */
    List<Long> partyIds(boolean speakers, String ref) {
        String r = ref.strip();
        if (r.matches("\\d{1,18}")) {
            return List.of(Long.parseLong(r));
        }
        String key = TextKey.of(r);
        List<Long> exact = speakers
                ? Speaker.findByKey(key).stream().map(x -> x.id).toList()
                : Source.findByKey(key).stream().map(x -> x.id).toList();
        if (!exact.isEmpty() || key.length() < 3) {
            return exact;
        }
        String entity = speakers ? "Speaker" : "Source";
        String live = speakers ? "s.mergedInto is null and " : "";
        return Claim.getEntityManager().createQuery("select distinct s.id from " + entity
                        + " s left join s.aliases a where " + live
                        + "(s.nameKey like ?1 escape '\\' or a.aliasKey like ?1 escape '\\')", Long.class)
                .setParameter(1, "%" + escapeLike(key) + "%").setMaxResults(500).getResultList();
    }

    /**
     * {@code path} is one of {@code ids} (none: nothing matches). One id, the usual case, is bound as a plain
     * value: Hibernate translates a query with a list parameter afresh on every execution.
     */
    private static void oneOf(StringBuilder where, List<Object> params, String path, List<Long> ids) {
        int n = params.size() + 1;
        if (ids.size() == 1) {
            where.append(" and ").append(path).append(" = ?").append(n);
            params.add(ids.get(0));
        } else {
            where.append(" and ").append(path).append(" in ?").append(n);
            params.add(ids.isEmpty() ? List.of(-1L) : ids);
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, "Unknown " + field + " '" + value + "'; use one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
