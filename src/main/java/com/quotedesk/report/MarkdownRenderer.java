package com.quotedesk.report;

import com.quotedesk.claim.ReviewStatus;
import com.quotedesk.report.ReportModel.ArticleInfo;
import com.quotedesk.report.ReportModel.Header;
import com.quotedesk.report.ReportModel.PartyCount;
import com.quotedesk.report.ReportModel.ReportClaim;
import com.quotedesk.report.ReportModel.Summary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CommonMark for pasting into a CMS or a ticket. Every piece of content is escaped (no raw HTML, no
 * accidental emphasis, links or tables), and right-to-left text is wrapped in Unicode isolates
 * (FSI … PDI) so it keeps its own direction inside English labels.
 */
final class MarkdownRenderer implements ReportRenderer {

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            header(w, report.header());
            summary(w, report.summary());
            unverified(w, report);
            w.write("\n## Claims\n");
            for (ArticleInfo a : report.articles()) {
                if (!report.isArticleReport()) {
                    w.write("\n### " + text(a.title() == null ? "Article " + a.id() : a.title()) + "\n\n");
                    w.write(meta(a) + "\n");
                }
                report.claims(a, c -> claim(w, c));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static void header(Writer w, Header h) throws IOException {
        ArticleInfo a = h.article();
        w.write("# Sourcing report: " + text(h.subject()) + "\n\n");
        w.write("| | |\n| --- | --- |\n");
        if (a != null) {
            row(w, "Outlet", text(a.outlet()));
            row(w, "URL", link(a.url()));
            row(w, "Published", a.publishedAt() == null ? "—" : a.publishedAt().toString());
            row(w, "Language", text(a.language()));
            row(w, "In Quotedesk", link(a.permalink()));
        } else {
            row(w, "Speaker", text(String.join(", ", h.speakers().stream().map(s -> s.name()).toList())));
        }
        row(w, "Report made", Labels.time(h.generatedAt()) + " by " + text(h.generatedBy()) + " for "
                + text(h.organisation()));
    }

    private static void summary(Writer w, Summary s) throws IOException {
        w.write("\n## Summary\n\n| Status | Claims |\n| --- | ---: |\n");
        for (ReviewStatus st : ReviewStatus.values()) {
            row(w, Labels.status(st), String.valueOf(s.byStatus().of(st)));
        }
        row(w, "**Total**", String.valueOf(s.byStatus().total()));
        w.write("\nDismissed as not a claim (counted apart, not listed): " + s.dismissed() + "  \n");
        w.write("Reviewed: " + s.byStatus().reviewed() + " of " + s.byStatus().total() + " ("
                + Labels.percent(s.reviewedShare()) + ")\n\n");
        w.write("- Anonymous speaker: " + s.anonymousSpeaker() + "\n");
        w.write("- Resting only on state media: " + s.stateMediaOnly() + "\n");
        w.write("- Speaker inferred from context: " + s.inferredSpeaker() + "\n");
        w.write("- No speaker found: " + s.noSpeaker() + "\n");
        parties(w, "Claims per speaker", "Speaker", s.perSpeaker(), "(no speaker)");
        parties(w, "Claims per source", "Source", s.perSource(), "(quoted directly)");
    }

    private static void parties(Writer w, String title, String column, List<PartyCount> parties, String none)
            throws IOException {
        w.write("\n### " + title + "\n\n| " + column + " | Attributed | Disputed | Unverified | Total |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        for (PartyCount p : parties) {
            w.write("| " + (p.name() == null ? none : text(p.name())) + " | " + p.counts().attributed() + " | "
                    + p.counts().disputed() + " | " + p.counts().unverified() + " | " + p.counts().total() + " |\n");
        }
    }

    private static void unverified(Writer w, Report report) throws IOException {
        w.write("\n### Still unverified\n\n");
        AtomicInteger n = new AtomicInteger();
        report.unverified(c -> {
            try {
                w.write(n.incrementAndGet() + ". Claim " + c.id() + ", ¶" + c.paragraph() + ", "
                        + text(Labels.orDash(c.speaker())) + ": " + text(abbreviate(c.quote())) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (n.get() == 0) {
            w.write("Nothing: every claim has been reviewed.\n");
        }
    }

    private static void claim(Writer w, ReportClaim c) {
        try {
            w.write("\n#### Claim " + c.id() + " · ¶" + c.paragraph() + " · " + Labels.status(c.status()) + "\n\n");
            for (String line : c.quote().split("\\R")) {
                w.write("> " + text(line) + "\n");
            }
            w.write("\n");
            item(w, "Kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            item(w, "Speaker", text(Labels.orDash(c.speaker())));
            item(w, "Source", text(Labels.orDash(c.source())) + (c.stateMediaSource() ? " (state media)" : ""));
            item(w, "Cue", text(Labels.orDash(c.cue())));
            item(w, "Status", Labels.status(c.status()));
            item(w, "Reviewed", c.reviewedBy() == null ? "—"
                    : text(c.reviewedBy()) + ", " + Labels.time(c.reviewedAt()));
            item(w, "Note", text(Labels.orDash(c.note())));
            item(w, "Evidence", c.evidenceUrl() == null ? "—" : link(c.evidenceUrl()));
            item(w, "Flags", c.flags().isEmpty() ? "—" : Labels.flags(c.flags()));
            item(w, "Position", "paragraph " + c.paragraph() + ", characters " + c.start() + "–" + c.end());
            item(w, "Permalink", link(c.permalink()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String meta(ArticleInfo a) {
        return text(Labels.orDash(a.outlet())) + ", " + (a.publishedAt() == null ? "undated" : a.publishedAt())
                + ", " + link(a.url()) + ", " + a.claimCount() + " claims by this speaker";
    }

    private static void row(Writer w, String label, String value) throws IOException {
        w.write("| " + label + " | " + value + " |\n");
    }

    private static void item(Writer w, String label, String value) throws IOException {
        w.write("- " + label + ": " + value + "\n");
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 160 ? one : one.substring(0, 157) + "…";
    }

    /** An http(s) URL as an autolink; anything else as escaped text. */
    static String link(String url) {
        if (url == null || url.isBlank()) {
            return "—";
        }
        return Labels.isWebLink(url) ? "<" + url + ">" : text(url);
    }

    /**
     * Content as inert Markdown: ASCII punctuation that could start markup is backslash-escaped, line
     * breaks become spaces (callers split lines where they matter), and RTL text is isolated.
     */
    static String text(String s) {
        if (s == null) {
            return "—";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_{}[]<>()#+-!|~&\"=:".indexOf(c) >= 0) {
                b.append('\\');
            } else if (c == '\n' || c == '\r') {
                c = ' ';
            }
            b.append(c);
        }
        return Direction.isRtl(s) ? "\u2068" + b + "\u2069" : b.toString();
    }
}
