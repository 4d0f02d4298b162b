package com.quotedesk.web;

import com.quotedesk.article.ArticleService;
import com.quotedesk.claim.ClaimView;
import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.common.ProblemException;
import com.quotedesk.review.CorrectionRequest;
import com.quotedesk.review.HistoryEntry;
import com.quotedesk.review.ReviewRequest;
import com.quotedesk.review.ReviewService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static com.quotedesk.web.ArticlePages.nz;
import static com.quotedesk.web.ArticlePages.sentence;

/**
 * Reviewing one claim from the article page: verdict and corrections in one form, dismissal, restore,
 * and the claim's history. A save against an old version re-shows the page with the reviewer's input
 * kept and the other person's changes listed.
 */
@Path("/claims/{id}")
@Produces(MediaType.TEXT_HTML)
public class ClaimPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(ClaimView claim, String articleTitle, List<HistoryEntry> entries);
    }

    private final ReviewService review;
    private final ArticleService articles;
    private final ReviewPageBuilder builder;
    private final Validator validator;

    public ClaimPages(ReviewService review, ArticleService articles, ReviewPageBuilder builder, Validator validator) {
        this.review = review;
        this.articles = articles;
        this.builder = builder;
        this.validator = validator;
    }

    /** What the reviewer saw when the form was drawn, sent back in hidden fields to say what changed since. */
    record Seen(String status, String note, String evidenceUrl, String speaker, String source) {
        static Seen of(ClaimView c) {
            return new Seen(c.status().name(), nz(c.note()), nz(c.evidenceUrl()),
                    c.speaker() == null ? "" : c.speaker().name(), c.source() == null ? "" : c.source().name());
        }
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    public Response save(@PathParam("id") long id, @RestForm String status, @RestForm String note,
                         @RestForm String evidenceUrl, @RestForm String speaker, @RestForm String source,
                         @RestForm Long version, @RestForm String seenStatus, @RestForm String seenNote,
                         @RestForm String seenEvidenceUrl, @RestForm String seenSpeaker, @RestForm String seenSource) {
        ClaimView current = review.view(id);
        Seen was = Seen.of(current);
        // A field the form did not send stays as it is; an empty one is cleared
        ReviewPage.Card input = new ReviewPage.Card(0, current, nz(status),
                or(note, was.note()).strip(), or(evidenceUrl, was.evidenceUrl()).strip(),
                or(speaker, was.speaker()).strip(), or(source, was.source()).strip(), nz(current.dismissReason()),
                version == null ? -1 : version, Map.of(), null);
        Seen seen = new Seen(nz(seenStatus), nz(seenNote), nz(seenEvidenceUrl), nz(seenSpeaker), nz(seenSource));
        if (version == null || version != current.version()) {
            return conflict(current, input, seen);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ReviewStatus verdict = parseStatus(status, errors);
        ReviewRequest request = new ReviewRequest(verdict, input.note(), input.evidenceUrl(), version);
        for (ConstraintViolation<ReviewRequest> v : validator.validate(request)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), sentence(v.getMessage()));
        }
        if (input.speaker().length() > 300) {
            errors.put("speaker", "At most 300 characters");
        }
        if (input.source().length() > 300) {
            errors.put("source", "At most 300 characters");
        }
        if (!errors.isEmpty()) {
            return reshow(current, withErrors(input, errors), 400);
        }
        try {
            Seen now = Seen.of(current);
            ClaimView saved = current;
            if (!input.status().equals(now.status()) || !input.note().equals(now.note())
                    || !input.evidenceUrl().equals(now.evidenceUrl())) {
                saved = review.review(id, request);
            }
            boolean speakerChanged = !input.speaker().equals(now.speaker());
            boolean sourceChanged = !input.source().equals(now.source());
            if (speakerChanged || sourceChanged) {
                saved = review.correct(id, new CorrectionRequest(speakerChanged ? input.speaker() : null,
                        sourceChanged ? input.source() : null, null, null, null, null, null, saved.version()));
            }
            String what = saved == current ? "Nothing to change on claim " : "Saved claim ";
            return Flash.ok(anchor(saved), what + number(saved) + ": " + Labels.stateLabel(saved)
                    + (saved.speaker() == null ? "" : ", " + saved.speaker().name()) + ".");
        } catch (ProblemException e) {
            if (e.status() == 409) {
                return conflict(review.view(id), input, seen);
            }
            if (e.status() == 400) {
                errors.put(e.field() == null ? "note" : e.field(), sentence(e.getMessage()));
                return reshow(current, withErrors(input, errors), 400);
            }
            throw e;
        }
    }

    @POST
    @Path("dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    public Response dismiss(@PathParam("id") long id, @RestForm String reason, @RestForm Long version) {
        ClaimView current = review.view(id);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            ReviewPage.Card card = ReviewPageBuilder.card(0, current);
            ReviewPage.Card input = new ReviewPage.Card(0, current, card.status(), card.note(), card.evidenceUrl(),
                    card.speaker(), card.source(), nz(reason), current.version(),
                    Map.of("reason", reason == null || reason.isBlank() ? "Say why this is not a claim"
                            : "At most 1000 characters"), null);
            return reshow(current, input, 400);
        }
        try {
            ClaimView saved = review.correct(id, new CorrectionRequest(null, null, null, null, null, true,
                    reason.strip(), version));
            return Flash.ok(anchor(saved), "Dismissed claim " + number(saved) + ": " + saved.dismissReason());
        } catch (ProblemException e) {
            if (e.status() == 409) {
                return Flash.error(anchor(current), "Someone else changed this claim meanwhile; "
                        + "check it and dismiss again.");
            }
            throw e;
        }
    }

    @POST
    @Path("restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    public Response restore(@PathParam("id") long id, @RestForm Long version) {
        ClaimView current = review.view(id);
        try {
            ClaimView saved = review.correct(id, new CorrectionRequest(null, null, null, null, null, false, null,
                    version));
            return Flash.ok(anchor(saved), "Claim " + number(saved) + " is back in review.");
        } catch (ProblemException e) {
            if (e.status() == 409) {
                return Flash.error(anchor(current), "Someone else changed this claim meanwhile; check it first.");
            }
            throw e;
        }
    }

    @GET
    @Path("history")
    @RolesAllowed("viewer")
    @Transactional // the audited states load their speaker and source lazily
    public String history(@PathParam("id") long id) {
        ClaimView claim = review.view(id);
        return Templates.history(claim, articles.find(claim.articleId()).title, review.history(id)).render();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ErrorPage.of(e);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return ErrorPage.forbidden();
    }

    private Response conflict(ClaimView current, ReviewPage.Card input, Seen seen) {
        Seen now = Seen.of(current);
        List<HistoryEntry.Change> changes = new ArrayList<>();
        change(changes, "status", label(seen.status()), label(now.status()));
        change(changes, "note", seen.note(), now.note());
        change(changes, "evidence link", seen.evidenceUrl(), now.evidenceUrl());
        change(changes, "speaker", seen.speaker(), now.speaker());
        change(changes, "source", seen.source(), now.source());
        if (current.dismissed()) {
            changes.add(new HistoryEntry.Change("dismissed", "no", "yes: " + current.dismissReason()));
        }
        ReviewPage.Card kept = new ReviewPage.Card(0, current, input.status(), input.note(), input.evidenceUrl(),
                input.speaker(), input.source(), input.reason(), current.version(), Map.of(),
                new ReviewPage.Conflict(current.reviewedBy() == null ? "someone else" : current.reviewedBy(), changes));
        return reshow(current, kept, 409);
    }

    private Response reshow(ClaimView current, ReviewPage.Card card, int status) {
        ReviewPage page = builder.build(current.articleId(), Map.of(current.id(), card), ReviewPage.AddForm.empty());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ArticlePages.Templates.review(page)).build();
    }

    private static ReviewPage.Card withErrors(ReviewPage.Card c, Map<String, String> errors) {
        return new ReviewPage.Card(0, c.claim(), c.status(), c.note(), c.evidenceUrl(), c.speaker(), c.source(),
                c.reason(), c.version(), errors, null);
    }

    private static String or(String given, String current) {
        return given == null ? current : given;
    }

    private static ReviewStatus parseStatus(String status, Map<String, String> errors) {
        try {
            return ReviewStatus.valueOf(nz(status).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("status", "Choose unverified, attributed or disputed");
            return null;
        }
    }

    private static String label(String status) {
        try {
            return Labels.label(ReviewStatus.valueOf(status));
        } catch (IllegalArgumentException e) {
            return status;
        }
    }

    private static void change(List<HistoryEntry.Change> out, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            out.add(new HistoryEntry.Change(field, from.isEmpty() ? "(empty)" : from, to.isEmpty() ? "(empty)" : to));
        }
    }

    private String number(ClaimView c) {
        return "“" + ArticlePages.clip(c.quote()) + "”";
    }

    private static String anchor(ClaimView c) {
        return "/articles/" + c.articleId() + "#c-" + c.id();
    }
}
