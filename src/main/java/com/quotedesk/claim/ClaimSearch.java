package com.quotedesk.claim;

import com.quotedesk.common.PageView;
import com.quotedesk.common.ProblemException;
import com.quotedesk.common.TextKey;
import com.quotedesk.extraction.ClaimKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Search across all articles. A speaker or source is named by id, canonical name or any alias, folded
 * with {@link TextKey} so case and Arabic spelling variants do not matter; {@code q} matches inside the
 * folded quote. Parameters only ever reach the database as bind values.
 */
@ApplicationScoped
@Transactional
public class ClaimSearch {

    /** What to look for; any field may be null. */
    public record Criteria(String speaker, String source, String status, String kind, String q, Long articleId,
                           Boolean dismissed) {
    }

    public PageView<ClaimView> search(Criteria c, Integer page, Integer size) {
        int p = PageView.page(page);
        int s = PageView.size(size);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (present(c.speaker())) {
            List<Long> ids = partyIds("Speaker", "s.mergedInto is null and ", c.speaker());
            where.append(" and c.speaker.id in ?").append(params.size() + 1);
            params.add(ids.isEmpty() ? List.of(-1L) : ids);
        }
        if (present(c.source())) {
            List<Long> ids = partyIds("Source", "", c.source());
            where.append(" and c.source.id in ?").append(params.size() + 1);
            params.add(ids.isEmpty() ? List.of(-1L) : ids);
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
        EntityManager em = Claim.getEntityManager();
        TypedQuery<Long> count = em.createQuery("select count(c) from Claim c" + where, Long.class);
        TypedQuery<Long> ids = em.createQuery("select c.id from Claim c" + where + " order by c.id desc", Long.class);
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            ids.setParameter(i + 1, params.get(i));
        }
        List<Long> pageIds = ids.setFirstResult(p * s).setMaxResults(s).getResultList();
        List<ClaimView> items = pageIds.isEmpty() ? List.of() : em.createQuery(
                "select c from Claim c join fetch c.article left join fetch c.speaker left join fetch c.source "
                        + "where c.id in ?1 order by c.id desc", Claim.class)
                .setParameter(1, pageIds).getResultList().stream().map(ClaimView::of).toList();
        return new PageView<>(items, count.getSingleResult(), p, s);
    }

    /** Ids of the registry rows a reference names: an id, an exact name or alias, else a partial match. */
    List<Long> partyIds(String entity, String live, String ref) {
        String r = ref.strip();
        if (r.matches("\\d{1,18}")) {
            return List.of(Long.parseLong(r));
        }
        String key = TextKey.of(r);
        EntityManager em = Claim.getEntityManager();
        List<Long> exact = em.createQuery("select distinct s.id from " + entity + " s left join s.aliases a where "
                + live + "(s.nameKey = ?1 or a.aliasKey = ?1)", Long.class).setParameter(1, key).getResultList();
        if (!exact.isEmpty() || key.length() < 3) {
            return exact;
        }
        return em.createQuery("select distinct s.id from " + entity + " s left join s.aliases a where " + live
                + "(s.nameKey like ?1 escape '\\' or a.aliasKey like ?1 escape '\\')", Long.class)
                .setParameter(1, "%" + escapeLike(key) + "%").setMaxResults(500).getResultList();
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
