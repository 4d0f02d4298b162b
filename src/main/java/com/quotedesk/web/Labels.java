package com.quotedesk.web;

import com.quotedesk.claim.ClaimView;
import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.extraction.ClaimFlag;
import com.quotedesk.extraction.SegmentKind;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words and small formatting the templates share, so a status reads the same on every page. */
@TemplateExtension
public final class Labels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Labels() {
    }

    /** CSS key of where a claim stands: unverified, attributed, disputed or dismissed. */
    public static String stateKey(ClaimView c) {
        return c.dismissed() ? "dismissed" : c.status().name().toLowerCase(Locale.ROOT);
    }

    /** The same in words, for people: colour is never the only signal. */
    public static String stateLabel(ClaimView c) {
        return c.dismissed() ? "Dismissed" : label(c.status());
    }

    /** A one-character mark beside a highlighted claim in the text. */
    public static String stateMark(ClaimView c) {
        if (c.dismissed()) {
            return "×";
        }
        return switch (c.status()) {
            case UNVERIFIED -> "?";
            case ATTRIBUTED -> "✓";
            case DISPUTED -> "!";
        };
    }

    /** Who said it, as far as we know: the registry's name, else the words the article uses, else nobody. */
    public static String speakerLabel(ClaimView c) {
        if (c.speaker() != null) {
            return c.speaker().name();
        }
        if (c.speakerMention() != null && !c.speakerMention().isBlank()) {
            return "“" + c.speakerMention() + "” (not in the registry)";
        }
        return "no speaker found";
    }

    /** Claims of a speaker or source in one status bucket (UNVERIFIED … DISMISSED). */
    public static long count(com.quotedesk.speaker.PartyView p, String status) {
        return p.byStatus().getOrDefault(status, 0L);
    }

    public static String speakerName(ClaimView c) {
        return c.speaker() == null ? "" : c.speaker().name();
    }

    public static String sourceName(ClaimView c) {
        return c.source() == null ? "" : c.source().name();
    }

    /** The hover and focus text of a claim highlighted in the article. */
    public static String tip(ClaimView c) {
        return stateLabel(c) + " · " + speakerLabel(c) + (c.source() == null ? "" : " · via " + c.source().name());
    }

    public static String kindLabel(ClaimView c) {
        return c.kind() == com.quotedesk.extraction.ClaimKind.DIRECT ? "direct quote" : "reported statement";
    }

    public static String label(ReviewStatus s) {
        return switch (s) {
            case UNVERIFIED -> "Unverified";
            case ATTRIBUTED -> "Attributed";
            case DISPUTED -> "Disputed";
        };
    }

    public static String label(ClaimFlag f) {
        return switch (f) {
            case ANONYMOUS_SPEAKER -> "anonymous speaker";
            case INFERRED_SPEAKER -> "speaker inferred from context";
            case STATE_MEDIA_SOURCE -> "state-media source";
            case NO_SPEAKER -> "no speaker found";
            case UNBALANCED_QUOTES -> "unbalanced quotation marks";
            case NESTED_QUOTE -> "quote inside a quote";
            case CONTINUED_QUOTE -> "runs over paragraphs";
            case SCARE_QUOTE -> "maybe scare quotes";
        };
    }

    public static String label(SegmentKind k) {
        return switch (k) {
            case TITLE -> "Headline";
            case DATELINE -> "Dateline";
            case BODY -> "";
            case CAPTION -> "Photo caption";
            case CREDIT -> "Photo credit";
            case BOILERPLATE -> "Boilerplate";
        };
    }

    public static String when(Instant i) {
        return i == null ? "" : WHEN.format(i);
    }

    public static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** {@code rtl} for Arabic, {@code ltr} otherwise. */
    public static String dir(String language) {
        return "ar".equals(language) ? "rtl" : "ltr";
    }

    public static String languageName(String language) {
        return "ar".equals(language) ? "Arabic" : "en".equals(language) ? "English" : String.valueOf(language);
    }

    /** {@code q=<the text, URL-encoded>}: keeps a search on the next page of results. */
    public static String urlq(String q) {
        return "q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String lower(ReviewStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
