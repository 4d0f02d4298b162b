package com.quotedesk.web;

import com.quotedesk.article.ArticleService;
import com.quotedesk.article.ArticleView;
import com.quotedesk.claim.ClaimView;
import com.quotedesk.extraction.SegmentKind;
import com.quotedesk.report.ReportFormat;
import com.quotedesk.speaker.RegistryQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the review page: cuts each paragraph at every claim boundary so claims are highlighted where
 * they stand (a quote inside a quote shows as the inner one), and pairs each claim with its form.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewPageBuilder {

    private final ArticleService articles;
    private final RegistryQueries registry;

    public ReviewPageBuilder(ArticleService articles, RegistryQueries registry) {
        this.articles = articles;
        this.registry = registry;
    }

    public ReviewPage build(long articleId, Map<Long, ReviewPage.Card> overrides, ReviewPage.AddForm addForm) {
        ArticleView article = articles.view(articleId);
        List<ClaimView> claims = articles.claims(articleId);
        List<ReviewPage.Card> cards = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimView c = claims.get(i);
            ReviewPage.Card override = overrides.get(c.id());
            cards.add(override != null ? withNumber(override, i + 1, c) : card(i + 1, c));
        }
        long dismissed = claims.stream().filter(ClaimView::dismissed).count();
        return new ReviewPage(article, paragraphs(article, cards), cards, dismissed,
                registry.speakerRefs().stream().map(RegistryQueries.Ref::name).toList(),
                registry.sourceRefs().stream().map(RegistryQueries.Ref::name).toList(),
                List.of(ReportFormat.values()), addForm);
    }

    /** The card of a claim as stored, with an empty form state. */
    static ReviewPage.Card card(int number, ClaimView c) {
        return new ReviewPage.Card(number, c, c.status().name(), nz(c.note()), nz(c.evidenceUrl()),
                c.speaker() == null ? "" : c.speaker().name(), c.source() == null ? "" : c.source().name(),
                nz(c.dismissReason()), c.version(), Map.of(), null);
    }

    private static ReviewPage.Card withNumber(ReviewPage.Card o, int number, ClaimView current) {
        return new ReviewPage.Card(number, current, o.status(), o.note(), o.evidenceUrl(), o.speaker(), o.source(),
                o.reason(), o.version(), o.errors(), o.conflict());
    }

    static List<ReviewPage.Para> paragraphs(ArticleView a, List<ReviewPage.Card> cards) {
        List<ArticleView.SegmentView> segments = a.segments().isEmpty()
                ? List.of(new ArticleView.SegmentView(0, 0, a.text().length(), SegmentKind.BODY)) : a.segments();
        List<ReviewPage.Para> out = new ArrayList<>();
        for (ArticleView.SegmentView s : segments) {
            out.add(new ReviewPage.Para(s.index(), s.start(), s.kind(), minor(s.kind()),
                    pieces(a.text(), s.start(), s.end(), cards)));
        }
        return out;
    }

    static List<ReviewPage.Piece> pieces(String text, int from, int to, List<ReviewPage.Card> cards) {
        List<ReviewPage.Card> inside = cards.stream()
                .filter(c -> c.claim().start() < to && c.claim().end() > from).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (ReviewPage.Card c : inside) {
            cuts.add(Math.max(from, c.claim().start()));
            cuts.add(Math.min(to, c.claim().end()));
        }
        List<ReviewPage.Piece> out = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
            int s = start;
            int e = end;
            List<ReviewPage.Card> covering = inside.stream()
                    .filter(c -> c.claim().start() <= s && c.claim().end() >= e).toList();
            ReviewPage.Card innermost = covering.stream()
                    .min(Comparator.comparingInt((ReviewPage.Card c) -> c.claim().end() - c.claim().start())
                            .thenComparing(c -> -c.claim().start()))
                    .orElse(null);
            List<Long> starting = covering.stream().filter(c -> c.claim().start() == s)
                    .map(c -> c.claim().id()).toList();
            boolean anchor = innermost != null && starting.contains(innermost.claim().id());
            List<Long> others = starting.stream()
                    .filter(id -> innermost == null || id != innermost.claim().id()).toList();
            List<ReviewPage.Card> ends = covering.stream().filter(c -> c.claim().end() == e)
                    .sorted(Comparator.comparingInt(c -> -c.claim().start())).toList();
            out.add(new ReviewPage.Piece(s, text.substring(s, e), innermost, anchor, others, ends,
                    covering.size() > 1));
        }
        return out;
    }

    private static boolean minor(SegmentKind k) {
        return k == SegmentKind.CAPTION || k == SegmentKind.CREDIT || k == SegmentKind.BOILERPLATE;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
