package com.quotedesk.review;

import com.quotedesk.account.CurrentUser;
import com.quotedesk.article.Article;
import com.quotedesk.article.ArticleSegment;
import com.quotedesk.claim.Claim;
import com.quotedesk.claim.ClaimView;
import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.claim.SetBy;
import com.quotedesk.common.ProblemException;
import com.quotedesk.common.TextKey;
import com.quotedesk.extraction.ClaimFlag;
import com.quotedesk.extraction.ClaimKind;
import com.quotedesk.speaker.RegistryService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The review workflow: verdicts, corrections, dismissals, missed claims and the history of each claim.
 * Every change goes through a loaded entity (never a bulk update) so Envers records it, and through the
 * claim's version so two reviewers cannot silently overwrite each other.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    private final RegistryService registry;

    public ReviewService(RegistryService registry) {
        this.registry = registry;
    }

    /** The claim with its speaker and source, in one query: a view or a review needs all three. */
    public Claim find(long id) {
        return Claim.<Claim>find("select c from Claim c left join fetch c.speaker left join fetch c.source"
                + " where c.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Claim", id));
    }

    public ClaimView view(long id) {
        return ClaimView.of(find(id));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ClaimView review(long id, ReviewRequest request) {
        return oneWinner(id, request.version(), () -> {
            Claim c = find(id);
            requireVersion(c, request.version());
            c.status = request.status();
            c.note = blankToNull(request.note());
            c.evidenceUrl = blankToNull(request.evidenceUrl());
            stamp(c);
            return flushed(c);
        });
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ClaimView correct(long id, CorrectionRequest request) {
        return oneWinner(id, request.version(), () -> applyCorrection(id, request));
    }

    /**
     * Runs one change of a claim in its own transaction. Two reviewers who both loaded version N pass the
     * version check at the same moment; the database lets only one {@code update ... where version = N}
     * through. The other fails on write, and gets the same 409 as a late reviewer: with the current claim.
     */
    private ClaimView oneWinner(long id, Long sentVersion, java.util.function.Supplier<ClaimView> change) {
        try {
            return QuarkusTransaction.requiringNew().call(change::get);
        } catch (RuntimeException e) {
            if (!isConcurrentWrite(e)) {
                throw e;
            }
            ClaimView current = QuarkusTransaction.requiringNew().call(() -> view(id));
            throw conflict(current, sentVersion == null ? -1 : sentVersion);
        }
    }

    private static boolean isConcurrentWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private ClaimView applyCorrection(long id, CorrectionRequest request) {
        Claim c = find(id);
        if (request.version() != null) {
            requireVersion(c, request.version());
        }
        if (request.speaker() != null) {
            c.speaker = request.speaker().isBlank() ? null : registry.speakerByReference(request.speaker(), true);
            c.speakerSetBy = SetBy.REVIEWER;
            Set<ClaimFlag> flags = c.flagSet();
            flags.remove(ClaimFlag.INFERRED_SPEAKER);
            if (c.speaker != null) {
                flags.remove(ClaimFlag.NO_SPEAKER);
            }
            c.setFlags(flags);
        }
        if (request.source() != null) {
            c.source = request.source().isBlank() ? null : registry.sourceByReference(request.source(), true);
            c.sourceSetBy = SetBy.REVIEWER;
            Set<ClaimFlag> flags = c.flagSet();
            if (c.source != null && c.source.stateMedia) {
                flags.add(ClaimFlag.STATE_MEDIA_SOURCE);
            } else {
                flags.remove(ClaimFlag.STATE_MEDIA_SOURCE);
            }
            c.setFlags(flags);
        }
        if (request.kind() != null) {
            c.kind = request.kind();
            c.kindSetBy = SetBy.REVIEWER;
        }
        if (request.start() != null || request.end() != null) {
            int start = request.start() != null ? request.start() : c.start;
            int end = request.end() != null ? request.end() : c.end;
            setSpan(c, c.article, start, end);
            c.spanSetBy = SetBy.REVIEWER;
        }
        if (request.dismissed() != null) {
            if (request.dismissed()) {
                if (request.reason() == null || request.reason().isBlank()) {
                    throw ProblemException.badRequest("reason", "Say why the claim is dismissed");
                }
                c.dismissed = true;
                c.dismissReason = request.reason().strip();
            } else {
                c.dismissed = false;
                c.dismissReason = null;
            }
        }
        stamp(c);
        return flushed(c);
    }

    public ClaimView addClaim(long articleId, NewClaimRequest request) {
        Article a = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> ProblemException.notFound("Article", articleId));
        Claim c = new Claim();
        c.article = a;
        setSpan(c, a, request.start(), request.end());
        c.kind = request.kind() == null ? ClaimKind.DIRECT : request.kind();
        c.segmentIndex = ArticleSegment.findByArticle(a).stream()
                .filter(s -> s.start <= c.start && c.start <= s.end).mapToInt(s -> s.index).findFirst().orElse(0);
        c.cue = blankToNull(request.cue());
        c.speaker = request.speaker() == null || request.speaker().isBlank() ? null
                : registry.speakerByReference(request.speaker(), true);
        c.source = request.source() == null || request.source().isBlank() ? null
                : registry.sourceByReference(request.source(), true);
        Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
        if (c.speaker == null) {
            flags.add(ClaimFlag.NO_SPEAKER);
        }
        if (c.source != null && c.source.stateMedia) {
            flags.add(ClaimFlag.STATE_MEDIA_SOURCE);
        }
        c.setFlags(flags);
        c.note = blankToNull(request.note());
        c.confidence = 1.0;
        c.origin = SetBy.REVIEWER;
        c.speakerSetBy = SetBy.REVIEWER;
        c.sourceSetBy = SetBy.REVIEWER;
        c.kindSetBy = SetBy.REVIEWER;
        c.spanSetBy = SetBy.REVIEWER;
        c.status = ReviewStatus.UNVERIFIED;
        c.createdAt = Instant.now();
        c.persist();
        a.claimCount++;
        return flushed(c);
    }

    /** Every recorded change of the claim, oldest first. */
    public List<HistoryEntry> history(long id) {
        find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(Claim.getEntityManager()).createQuery()
                .forRevisionsOfEntity(Claim.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> out = new ArrayList<>();
        Claim previous = null;
        for (Object[] row : revisions) {
            Claim state = (Claim) row[0];
            AuditRevision rev = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            List<HistoryEntry.Change> changes = diff(previous, state);
            String action = switch (type) {
                case ADD -> "CREATED";
                case DEL -> "DELETED";
                default -> "CHANGED";
            };
            String note = previous == null || !Objects.equals(previous.note, state.note) ? state.note : null;
            out.add(new HistoryEntry(rev.id, Instant.ofEpochMilli(rev.timestamp), rev.username, action, changes,
                    note));
            previous = state;
        }
        return out;
    }

    static List<HistoryEntry.Change> diff(Claim before, Claim after) {
        List<HistoryEntry.Change> out = new ArrayList<>();
        change(out, "status", before == null ? null : before.status, after.status);
        change(out, "note", before == null ? null : before.note, after.note);
        change(out, "evidenceUrl", before == null ? null : before.evidenceUrl, after.evidenceUrl);
        change(out, "speaker", before == null || before.speaker == null ? null : before.speaker.name,
                after.speaker == null ? null : after.speaker.name);
        change(out, "source", before == null || before.source == null ? null : before.source.name,
                after.source == null ? null : after.source.name);
        change(out, "kind", before == null ? null : before.kind, after.kind);
        change(out, "start", before == null ? null : before.start, after.start);
        change(out, "end", before == null ? null : before.end, after.end);
        change(out, "quote", before == null ? null : before.quote, after.quote);
        change(out, "dismissed", before == null ? null : before.dismissed, after.dismissed);
        change(out, "dismissReason", before == null ? null : before.dismissReason, after.dismissReason);
        return out;
    }

    private static void change(List<HistoryEntry.Change> out, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            out.add(new HistoryEntry.Change(field, from == null ? null : from.toString(),
                    to == null ? null : to.toString()));
        }
    }

    private static void setSpan(Claim c, Article a, int start, int end) {
        if (start < 0 || end < 0) {
            throw ProblemException.badRequest(start < 0 ? "start" : "end", "Offsets must not be negative");
        }
        if (end <= start) {
            throw ProblemException.badRequest("end", "end must be greater than start");
        }
        if (end > a.text.length()) {
            throw ProblemException.badRequest("end", "end is past the end of the article ("
                    + a.text.length() + " characters)");
        }
        c.start = start;
        c.end = end;
        c.quote = a.text.substring(start, end);
        c.quoteKey = TextKey.of(c.quote);
    }

    private static void requireVersion(Claim c, long version) {
        if (c.version != version) {
            throw conflict(ClaimView.of(c), version);
        }
    }

    private static ProblemException conflict(ClaimView current, long sent) {
        return ProblemException.conflict("The claim was changed by " + (current.reviewedBy() == null
                ? "someone else" : current.reviewedBy()) + " since you loaded it: it is at version "
                + current.version() + ", you sent " + sent, current);
    }

    private static void stamp(Claim c) {
        c.reviewedBy = CurrentUser.nameOrSystem();
        c.reviewedAt = Instant.now();
    }

    private static ClaimView flushed(Claim c) {
        Claim.getEntityManager().flush();
        return ClaimView.of(c);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
