package com.quotedesk.speaker;

import com.quotedesk.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Registry listings with claim counts, computed in one grouped query per list. */
@ApplicationScoped
@Transactional
public class RegistryQueries {

    public List<PartyView> speakers() {
        Map<Long, Map<String, Long>> counts = counts("speaker");
        return Speaker.<Speaker>list("select distinct s from Speaker s left join fetch s.aliases "
                        + "where s.mergedInto is null order by s.name").stream()
                .map(s -> view(s, counts.getOrDefault(s.id, Map.of()))).toList();
    }

    public PartyView speaker(long id) {
        Speaker s = Speaker.findLive(id).orElseThrow(() -> ProblemException.notFound("Speaker", id));
        return view(s, counts("speaker").getOrDefault(s.id, Map.of()));
    }

    public List<PartyView> sources() {
        Map<Long, Map<String, Long>> counts = counts("source");
        return Source.<Source>list("select distinct s from Source s left join fetch s.aliases order by s.name")
                .stream().map(s -> view(s, counts.getOrDefault(s.id, Map.of()))).toList();
    }

    public PartyView source(long id) {
        Source s = Source.<Source>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Source", id));
        return view(s, counts("source").getOrDefault(s.id, Map.of()));
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

    private Map<Long, Map<String, Long>> counts(String relation) {
        List<Object[]> rows = Speaker.getEntityManager().createQuery("select c." + relation + ".id, c.status, "
                + "c.dismissed, count(c) from Claim c where c." + relation + " is not null group by c." + relation
                + ".id, c.status, c.dismissed", Object[].class).getResultList();
        Map<Long, Map<String, Long>> out = new HashMap<>();
        for (Object[] r : rows) {
            String bucket = Boolean.TRUE.equals(r[2]) ? "DISMISSED" : r[1].toString();
            out.computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>()).merge(bucket, (Long) r[3], Long::sum);
        }
        return out;
    }
}
