package com.quotedesk.speaker;

import com.quotedesk.common.PageView;
import com.quotedesk.common.ProblemException;
import com.quotedesk.common.TextKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Registry listings with claim counts. A list is paged by name and counts the claims of the parties on
 * its page only (a range of {@code ix_claim_speaker}/{@code ix_claim_source} per party), never a group-by
 * over every claim: with 300,000 claims that took seconds a request and outlived the transaction timeout
 * under load.
 */
@ApplicationScoped
@Transactional
public class RegistryQueries {

    /** An entry of a pick list (merge target, datalist): no counts. */
    public record Ref(long id, String name) {
    }

    /** Live speakers by name; {@code q} keeps those whose name or an alias contains it (any spelling). */
    public PageView<PartyView> speakers(String q, Integer page, Integer size) {
        return list("Speaker", "speaker", "s.mergedInto is null", q, page, size, Speaker.class,
                (s, counts) -> view(s, counts.getOrDefault(s.id, Map.of())));
    }

    public PartyView speaker(long id) {
        Speaker s = Speaker.findLive(id).orElseThrow(() -> ProblemException.notFound("Speaker", id));
        return view(s, counts("speaker", List.of(id)).getOrDefault(s.id, Map.of()));
    }

    /** Sources by name, as {@link #speakers}. */
    public PageView<PartyView> sources(String q, Integer page, Integer size) {
        return list("Source", "source", "1 = 1", q, page, size, Source.class,
                (s, counts) -> view(s, counts.getOrDefault(s.id, Map.of())));
    }

    public PartyView source(long id) {
        Source s = Source.<Source>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Source", id));
        return view(s, counts("source", List.of(id)).getOrDefault(s.id, Map.of()));
    }

    /** Every live speaker's id and name, by name: for pick lists. */
    public List<Ref> speakerRefs() {
        return refs("select s.id, s.name from Speaker s where s.mergedInto is null order by s.name, s.id");
    }

    /** Every source's id and name, by name. */
    public List<Ref> sourceRefs() {
        return refs("select s.id, s.name from Source s order by s.name, s.id");
    }

    static PartyView view(Speaker s, Map<String, Long> byStatus) {
        return new PartyView(s.id, s.name, s.type, false, s.aliases.stream().map(a -> a.alias).sorted().toList(),
                byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
    }

    static PartyView view(Source s, Map<String, Long> byStatus) {
        return new PartyView(s.id, s.name, s.type, s.stateMedia,
                s.aliases.stream().map(a -> a.alias).sorted().toList(),
                byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
    }

    private interface Viewer<E> {
        PartyView view(E party, Map<Long, Map<String, Long>> counts);
    }

    private <E> PageView<PartyView> list(String entity, String relation, String live, String q, Integer page,
                                         Integer size, Class<E> type, Viewer<E> viewer) {
        int p = PageView.page(page);
        int s = PageView.size(size);
        EntityManager em = Speaker.getEntityManager();
        String where = " where " + live;
        String like = null;
        if (q != null && !q.isBlank()) {
            where += " and (s.nameKey like ?1 escape '\\' or exists (select 1 from " + entity
                    + "Alias a where a." + relation + " = s and a.aliasKey like ?1 escape '\\'))";
            like = "%" + escapeLike(TextKey.of(q)) + "%";
        }
        var idQuery = em.createQuery("select s.id from " + entity + " s" + where + " order by s.name, s.id",
                Long.class);
        var countQuery = em.createQuery("select count(s) from " + entity + " s" + where, Long.class);
        if (like != null) {
            idQuery.setParameter(1, like);
            countQuery.setParameter(1, like);
        }
        List<Long> ids = idQuery.setFirstResult(p * s).setMaxResults(s).getResultList();
        long total = PageView.knownTotal(ids.size(), p, s).orElseGet(countQuery::getSingleResult);
        if (ids.isEmpty()) {
            return new PageView<>(List.of(), total, p, s);
        }
        Map<Long, Integer> order = new HashMap<>();
        ids.forEach(id -> order.put(id, order.size()));
        Map<Long, Map<String, Long>> counts = counts(relation, ids);
        List<PartyView> items = em.createQuery("select distinct s from " + entity + " s left join fetch s.aliases "
                        + "where s.id in ?1", type).setParameter(1, ids).getResultList().stream()
                .map(e -> viewer.view(e, counts))
                .sorted(Comparator.comparing((Function<PartyView, Integer>) v -> order.get(v.id())))
                .toList();
        return new PageView<>(items, total, p, s);
    }

    /** Claims per party, status and dismissal, for these parties only. */
    private Map<Long, Map<String, Long>> counts(String relation, Collection<Long> ids) {
        List<Object[]> rows = Speaker.getEntityManager().createQuery("select c." + relation + ".id, c.status, "
                + "c.dismissed, count(c) from Claim c where c." + relation + ".id in ?1 group by c." + relation
                + ".id, c.status, c.dismissed", Object[].class).setParameter(1, ids).getResultList();
        Map<Long, Map<String, Long>> out = new HashMap<>();
        for (Object[] r : rows) {
            String bucket = Boolean.TRUE.equals(r[2]) ? "DISMISSED" : r[1].toString();
            out.computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>()).merge(bucket, (Long) r[3], Long::sum);
        }
        return out;
    }

    private List<Ref> refs(String query) {
        return Speaker.getEntityManager().createQuery(query, Object[].class).getResultList().stream()
                .map(r -> new Ref((Long) r[0], (String) r[1])).toList();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
