package com.quotedesk.article;

import com.quotedesk.account.CurrentUser;
import com.quotedesk.claim.Claim;
import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.common.ProblemException;
import com.quotedesk.common.QuotedeskConfig;
import com.quotedesk.common.TextKey;
import com.quotedesk.extraction.ClaimCandidate;
import com.quotedesk.extraction.ClaimFlag;
import com.quotedesk.extraction.Extraction;
import com.quotedesk.extraction.Extractor;
import com.quotedesk.extraction.Language;
import com.quotedesk.extraction.Segment;
import com.quotedesk.speaker.RegistryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ingest: validate the text, store it exactly, run extraction, and store paragraphs and claims in one
 * transaction. The same text twice is the same article (content hash, unique in the database).
 */
@ApplicationScoped
@Transactional
public class IngestService {

    /** The outcome of an ingest: the article and whether it was created by this call. */
    public record Result(Article article, boolean created) {
    }

    private final RegistryService registry;
    private final QuotedeskConfig config;

    public IngestService(RegistryService registry, QuotedeskConfig config) {
        this.registry = registry;
        this.config = config;
    }

    /** The text as stored: a UTF-8 BOM stripped, nothing else changed. Throws on unusable text. */
    public String normaliseText(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (text.codePoints().allMatch(IngestService::isSpace)) {
            throw ProblemException.badRequest("text", "must not be empty");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > config.maxTextBytes()) {
            throw new ProblemException(413, "Article too large",
                    "The text is larger than " + config.maxTextBytes() + " bytes of UTF-8", "text", null);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw ProblemException.badRequest("text", "must not contain NUL characters");
            }
            if (Character.isHighSurrogate(c) && (i + 1 >= text.length()
                    || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                throw ProblemException.badRequest("text", "contains an unpaired surrogate (not valid Unicode)");
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw ProblemException.badRequest("text", "contains an unpaired surrogate (not valid Unicode)");
            }
        }
        return text;
    }

    /** Whitespace in the widest sense: also no-break spaces, zero-width spaces and stray byte-order marks. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0xFEFF || c == 0x2060;
    }

    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Article> findByHash(String hash) {
        return Article.findByHash(hash);
    }

    public Result ingest(IngestRequest request) {
        String text = normaliseText(request.text());
        String hash = hash(text);
        Optional<Article> existing = Article.findByHash(hash);
        if (existing.isPresent()) {
            return new Result(existing.get(), false);
        }
        Article a = new Article();
        a.text = text;
        a.contentHash = hash;
        a.title = blankToNull(request.title());
        a.outlet = blankToNull(request.outlet());
        a.url = blankToNull(request.url());
        a.publishedAt = request.publishedAt();
        Language language = request.language() == null || request.language().isBlank()
                ? Language.detect(text) : Language.fromCode(request.language());
        a.language = language.code();
        a.ingestedBy = CurrentUser.nameOrSystem();
        a.ingestedAt = Instant.now();
        Extraction extraction = new Extractor(registry.lexicon()).extract(text, language);
        if (a.title == null) {
            a.title = guessTitle(text, extraction);
        }
        a.persist();
        for (Segment s : extraction.segments()) {
            ArticleSegment row = new ArticleSegment();
            row.article = a;
            row.index = s.index();
            row.start = s.start();
            row.end = s.end();
            row.kind = s.kind();
            row.persist();
        }
        List<Claim> claims = new ArrayList<>();
        for (ClaimCandidate c : extraction.claims()) {
            Claim claim = toClaim(a, c);
            claim.persist();
            claims.add(claim);
        }
        a.claimCount = claims.size();
        Article.getEntityManager().flush();
        return new Result(a, true);
    }

    /** A new machine-made claim for a candidate, resolving its speaker and source in the registry. */
    public Claim toClaim(Article a, ClaimCandidate c) {
        Claim claim = new Claim();
        claim.article = a;
        claim.kind = c.kind();
        claim.quote = c.quote();
        claim.quoteKey = TextKey.of(c.quote());
        claim.start = c.start();
        claim.end = c.end();
        claim.segmentIndex = c.segmentIndex();
        claim.cue = c.cue() == null ? null : clip(c.cue(), 200);
        claim.speaker = registry.resolveSpeaker(c.speaker());
        Set<ClaimFlag> flags = c.flags();
        claim.source = registry.resolveSource(c.source(), flags.contains(ClaimFlag.STATE_MEDIA_SOURCE));
        claim.speakerMention = c.speaker() == null ? null : clip(c.speaker().text(), 300);
        claim.sourceMention = c.source() == null ? null : clip(c.source().text(), 300);
        claim.setFlags(flags);
        claim.confidence = c.confidence();
        claim.status = ReviewStatus.UNVERIFIED;
        claim.createdAt = Instant.now();
        return claim;
    }

    /** The first paragraph when it reads like a headline (the corpus convention), else null. */
    private static String guessTitle(String text, Extraction extraction) {
        if (extraction.segments().isEmpty()) {
            return null;
        }
        Segment first = extraction.segments().get(0);
        String line = text.substring(first.start(), first.end()).strip();
        return line.length() <= 200 ? line : line.substring(0, 200);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() > max ? s.substring(0, max) : s;
    }
}
