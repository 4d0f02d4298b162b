package com.quotedesk.extraction;

import java.util.List;

/**
 * Finds the claims in an article. Plain Java, thread-safe, no framework: the service, tests and
 * benchmarks call it the same way.
 *
 * <p>The flow is one pass per stage over arrays built once: {@link Tokens} (words with folded keys),
 * {@link Segmenter} (what each paragraph is), {@link QuoteScanner} (quotation spans),
 * {@link Attributor} (cues, speakers and channels, resolved through the {@link Lexicon} and the
 * article's own {@link ArticleContext}).
 */
public final class Extractor {

    private final Lexicon lexicon;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** @param language the article's language, or null to detect it */
    public Extraction extract(String text, Language language) {
        String body = text == null ? "" : text;
        Language lang = language != null ? language : Language.detect(body);
        Tokens tokens = Tokens.of(body);
        List<Segment> segments = Segmenter.segment(body, tokens, lexicon);
        List<QuoteScanner.Quote> quotes = QuoteScanner.scan(body, segments, lang);
        ArticleContext context = new ArticleContext(body, tokens, lexicon, lang);
        List<ClaimCandidate> claims = new Attributor(context, segments, quotes).run();
        return new Extraction(lang, List.copyOf(segments), List.copyOf(claims));
    }
}
