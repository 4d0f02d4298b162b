package com.quotedesk.web;

import com.quotedesk.article.Article;
import com.quotedesk.claim.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small read queries only the pages need: article titles beside claims, a speaker's articles. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WebQueries {

    /** An article named in a filter or beside a claim. */
    public record ArticleRef(long id, String title, String language) {
    }

    public Map<Long, ArticleRef> articles(Collection<Long> ids) {
        Map<Long, ArticleRef> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Article.getEntityManager().createQuery("select a.id, a.title, a.language from Article a where a.id in ?1",
                        Object[].class).setParameter(1, ids).getResultList()
                .forEach(r -> out.put((Long) r[0], new ArticleRef((Long) r[0], (String) r[1], (String) r[2])));
        return out;
    }

    /** The articles in which a speaker has claims, newest first. */
    public List<ArticleRef> articlesOfSpeaker(long speakerId) {
        return Claim.getEntityManager().createQuery("select distinct a.id, a.title, a.language, a.ingestedAt "
                        + "from Claim c join c.article a where c.speaker.id = ?1 order by a.ingestedAt desc",
                        Object[].class).setParameter(1, speakerId).getResultList().stream()
                .map(r -> new ArticleRef((Long) r[0], (String) r[1], (String) r[2])).toList();
    }
}
