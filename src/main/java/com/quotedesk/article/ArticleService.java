package com.quotedesk.article;

import com.quotedesk.claim.Claim;
import com.quotedesk.claim.ClaimView;
import com.quotedesk.common.PageView;
import com.quotedesk.common.ProblemException;
import com.quotedesk.extraction.ClaimCandidate;
import com.quotedesk.extraction.Extraction;
import com.quotedesk.extraction.Extractor;
import com.quotedesk.extraction.Language;
import com.quotedesk.speaker.RegistryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading articles and re-running extraction on them. */
@ApplicationScoped
@Transactional
public class ArticleService {

    private final IngestService ingest;
    private final RegistryService registry;

    public ArticleService(IngestService ingest, RegistryService registry) {
        this.ingest = ingest;
        this.registry = registry;
    }

    public Article find(long id) {
        return Article.<Article>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Article", id));
    }

    public PageView<ArticleSummary> list(String q, Integer page, Integer size) {
        int p = PageView.page(page);
        int s = PageView.size(size);
        List<Article> articles = Article.listNewest(q, p, s);
        Map<Long, Long> reviewed = reviewedCounts(articles.stream().map(a -> a.id).toList());
        return new PageView<>(articles.stream().map(a -> ArticleSummary.of(a, reviewed.getOrDefault(a.id, 0L)))
                .toList(), Article.countMatching(q), p, s);
    }

    public ArticleView view(long id) {
        Article a = find(id);
        return ArticleView.of(a, reviewedCounts(List.of(a.id)).getOrDefault(a.id, 0L),
                ArticleSegment.findByArticle(a));
    }

    public ArticleSummary summary(Article a) {
        return ArticleSummary.of(a, reviewedCounts(List.of(a.id)).getOrDefault(a.id, 0L));
    }

    public List<ClaimView> claims(long id) {
        return Claim.findByArticle(find(id)).stream().map(ClaimView::of).toList();
    }

    /**
     * Claims a reviewer has dealt with (reviewed or dismissed), per article. One query for a page of
     * articles, not one per article.
     */
    public Map<Long, Long> reviewedCounts(List<Long> articleIds) {
        Map<Long, Long> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = Claim.getEntityManager().createQuery(
                "select c.article.id, count(c) from Claim c where c.article.id in ?1 "
                        + "and (c.status <> com.quotedesk.claim.ReviewStatus.UNVERIFIED or c.dismissed = true) "
                        + "group by c.article.id", Object[].class)
                .setParameter(1, articleIds).getResultList();
        for (Object[] r : rows) {
            out.put((Long) r[0], (Long) r[1]);
        }
        return out;
    }

    /**
     * Extracts again with today's registry. Claims a reviewer has touched stay as they are; machine
     * claims are replaced; a new candidate overlapping a kept claim is left out.
     */
    public int reextract(long id) {
        Article a = find(id);
        List<Claim> existing = Claim.findByArticle(a);
        List<Claim> kept = existing.stream().filter(Claim::touchedByReviewer).toList();
        existing.stream().filter(c -> !c.touchedByReviewer()).forEach(Claim::delete);
        Extraction extraction = new Extractor(registry.lexicon()).extract(a.text, Language.fromCode(a.language));
        int added = 0;
        for (ClaimCandidate c : extraction.claims()) {
            boolean overlaps = kept.stream().anyMatch(k -> k.start < c.end() && c.start() < k.end);
            if (!overlaps) {
                ingest.toClaim(a, c).persist();
                added++;
            }
        }
        a.claimCount = kept.size() + added;
        return a.claimCount;
    }
}
