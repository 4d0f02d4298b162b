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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A standalone, printable XHTML page: header, summary with the status chart (inline SVG), the list of
 * what is still unverified and every claim. Right-to-left when the article is Arabic; each piece of
 * content carries its own {@code dir}. Everything from the database is escaped.
 *
 * <p>The PDF renderer feeds the same page to openhtmltopdf ({@code forPdf}): that renderer does not
 * mirror table columns for {@code dir="rtl"}, so cells are then written in reverse order, and the number
 * of claims is capped (see {@link PdfRenderer#MAX_CLAIMS}).
 */
final class HtmlRenderer implements ReportRenderer {

    private final boolean forPdf;
    private final long maxClaims;

    HtmlRenderer() {
        this(false, Long.MAX_VALUE);
    }

    HtmlRenderer(boolean forPdf, long maxClaims) {
        this.forPdf = forPdf;
        this.maxClaims = maxClaims;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(report, w);
        w.flush();
    }

    void write(Report report, Writer w) throws IOException {
        try {
            page(report, w);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void page(Report report, Writer w) throws IOException {
        Header h = report.header();
        boolean rtl = h.rtl();
        w.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + Html.escape(h.language() == null ? "en" : h.language()) + "\" dir=\"" + (rtl ? "rtl" : "ltr")
                + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, "
                + "initial-scale=1\"/>\n<title>" + Html.escape("Sourcing report: " + h.subject()) + "</title>\n<style>"
                + css() + "</style>\n</head>\n<body>\n");
        header(w, h, rtl);
        long total = report.summary().byStatus().total();
        Set<Long> shown = total > maxClaims ? shownClaims(report) : null;
        summary(w, report, rtl, shown);
        w.write("<section class=\"claims\">\n<h2>Claims</h2>\n");
        if (total > maxClaims) {
            w.write("<p class=\"cap\" dir=\"ltr\">This PDF shows the first " + maxClaims + " of " + total
                    + " claims. Download the CSV, JSON or HTML report for all of them.</p>\n");
        }
        AtomicLong written = new AtomicLong();
        for (ArticleInfo a : report.articles()) {
            if (written.get() >= maxClaims) {
                break; // the articles after the cap would be headings without claims
            }
            boolean articleRtl = rtl;
            if (!report.isArticleReport()) {
                articleRtl = a.rtl();
                w.write("<section class=\"article\" dir=\"" + (articleRtl ? "rtl" : "ltr") + "\">\n<h3 dir=\""
                        + Direction.dir(a.title()) + "\">" + Html.escape(a.title() == null ? "Article " + a.id()
                        : a.title()) + "</h3>\n<p class=\"meta\" dir=\"ltr\">" + Html.escape(Labels.orDash(a.outlet()))
                        + " · " + (a.publishedAt() == null ? "undated" : a.publishedAt()) + " · " + link(a.url())
                        + " · " + a.claimCount() + " claims</p>\n");
            }
            final boolean r = articleRtl;
            report.claims(a, c -> {
                if (written.getAndIncrement() < maxClaims) {
                    claim(w, c, r);
                }
            });
            if (!report.isArticleReport()) {
                w.write("</section>\n");
            }
        }
        w.write("</section>\n<footer dir=\"ltr\">Made with Quotedesk for " + Html.escape(h.organisation()) + " on "
                + Labels.time(h.generatedAt()) + ".</footer>\n</body>\n</html>\n");
    }

    private void header(Writer w, Header h, boolean rtl) throws IOException {
        w.write("<header>\n<p class=\"kicker\" dir=\"ltr\">Sourcing report · " + Html.escape(h.organisation())
                + "</p>\n<h1 dir=\"" + Direction.dir(h.subject()) + "\">" + Html.escape(h.subject()) + "</h1>\n"
                + "<table class=\"meta\">\n");
        ArticleInfo a = h.article();
        if (a != null) {
            row(w, rtl, "Outlet", text(a.outlet()));
            row(w, rtl, "URL", link(a.url()));
            row(w, rtl, "Published", a.publishedAt() == null ? "—" : a.publishedAt().toString());
            row(w, rtl, "Language", text(a.language()));
            row(w, rtl, "In Quotedesk", link(a.permalink()));
        } else {
            row(w, rtl, "Speaker", text(String.join(", ", h.speakers().stream().map(s -> s.name()).toList())));
        }
        row(w, rtl, "Report made", "<span dir=\"ltr\">" + Labels.time(h.generatedAt()) + " by "
                + Html.escape(h.generatedBy()) + "</span>");
        w.write("</table>\n</header>\n");
    }

    /** The ids of the claims a capped document shows: the first {@code maxClaims}, in the order they are written. */
    private Set<Long> shownClaims(Report report) {
        Set<Long> ids = new HashSet<>();
        for (ArticleInfo a : report.articles()) {
            if (ids.size() >= maxClaims) {
                break;
            }
            report.claims(a, c -> {
                if (ids.size() < maxClaims) {
                    ids.add(c.id());
                }
            });
        }
        return ids;
    }

    /** {@code shown}: the claims a capped document shows, null when it shows all. */
    private void summary(Writer w, Report report, boolean rtl, Set<Long> shown) throws IOException {
        Summary s = report.summary();
        w.write("<section class=\"summary\">\n<h2>Summary</h2>\n<table class=\"counts\">\n");
        cells(w, rtl, true, "Status", "Claims");
        for (ReviewStatus st : ReviewStatus.values()) {
            cells(w, rtl, false, "<span class=\"badge " + cls(st) + "\">" + Labels.status(st) + "</span>",
                    String.valueOf(s.byStatus().of(st)));
        }
        cells(w, rtl, false, "<strong>Total</strong>", "<strong>" + s.byStatus().total() + "</strong>");
        w.write("</table>\n<table class=\"figures\">\n");
        row(w, rtl, "Reviewed", "<strong dir=\"ltr\">" + s.byStatus().reviewed() + " of " + s.byStatus().total()
                + " (" + Labels.percent(s.reviewedShare()) + ")</strong>");
        row(w, rtl, "Dismissed as not a claim", s.dismissed()
                + " <small dir=\"ltr\">(counted apart, not listed)</small>");
        row(w, rtl, "Anonymous speaker", String.valueOf(s.anonymousSpeaker()));
        row(w, rtl, "Resting only on state media", String.valueOf(s.stateMediaOnly()));
        row(w, rtl, "Speaker inferred from context", String.valueOf(s.inferredSpeaker()));
        row(w, rtl, "No speaker found", String.valueOf(s.noSpeaker()));
        w.write("</table>\n<h3>Status per speaker</h3>\n<div class=\"chart\">"
                + StatusChart.svg(s.perSpeaker(), forPdf) + "</div>\n");
        parties(w, rtl, "Claims per speaker", "Speaker", s.perSpeaker(), "(no speaker)");
        parties(w, rtl, "Claims per source", "Source", s.perSource(), "(quoted directly)");
        w.write("<h3>Still unverified</h3>\n<ol class=\"unverified\">\n");
        AtomicLong listed = new AtomicLong();
        AtomicLong notShown = new AtomicLong();
        report.unverified(c -> {
            if (shown != null && !shown.contains(c.id())) {
                notShown.incrementAndGet(); // its link would lead nowhere in this document
                return;
            }
            listed.incrementAndGet();
            write(w, "<li><a href=\"#claim-" + c.id() + "\">¶" + c.paragraph() + "</a> "
                    + text(Labels.orDash(c.speaker())) + ": <q dir=\"" + (c.rtl() ? "rtl" : "ltr") + "\">"
                    + Html.escape(abbreviate(c.quote())) + "</q></li>\n");
        });
        if (listed.get() == 0 && notShown.get() == 0) {
            w.write("<li class=\"none\" dir=\"ltr\">Nothing: every claim has been reviewed.</li>\n");
        }
        w.write("</ol>\n");
        if (notShown.get() > 0) {
            w.write(String.format(Locale.ROOT, "<p class=\"more\" dir=\"ltr\">And %,d more among the claims after the "
                    + "first %,d: the CSV, JSON and HTML reports list them all.</p>%n", notShown.get(), maxClaims));
        }
        w.write("</section>\n");
    }

    private void parties(Writer w, boolean rtl, String title, String column, List<PartyCount> parties, String none)
            throws IOException {
        w.write("<h3>" + title + "</h3>\n<table class=\"parties\">\n");
        cells(w, rtl, true, column, "Attributed", "Disputed", "Unverified", "Total");
        for (PartyCount p : parties) {
            cells(w, rtl, false, p.name() == null ? none : text(p.name()), String.valueOf(p.counts().attributed()),
                    String.valueOf(p.counts().disputed()), String.valueOf(p.counts().unverified()),
                    String.valueOf(p.counts().total()));
        }
        w.write("</table>\n");
    }

    private void claim(Writer w, ReportClaim c, boolean rtl) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<article class=\"claim ").append(cls(c.status())).append("\" id=\"claim-").append(c.id())
                .append("\">\n<p class=\"claim-head\"><span dir=\"ltr\">Claim ").append(c.id()).append(" · ¶")
                .append(c.paragraph()).append(" · <span class=\"badge ").append(cls(c.status())).append("\">")
                .append(Labels.status(c.status())).append("</span></span></p>\n<blockquote dir=\"")
                .append(c.rtl() ? "rtl" : "ltr").append("\">").append(Html.escape(c.quote())).append("</blockquote>\n")
                .append("<table class=\"fields\">\n");
        StringBuilder rows = new StringBuilder();
        pair(rows, rtl, "Kind", c.kind().name().toLowerCase(Locale.ROOT), "Speaker", text(Labels.orDash(c.speaker())));
        pair(rows, rtl, "Source", text(Labels.orDash(c.source())) + (c.stateMediaSource()
                ? " <span class=\"flag\">state media</span>" : ""), "Cue", text(Labels.orDash(c.cue())));
        pair(rows, rtl, "Reviewed", c.reviewedBy() == null ? "—" : "<span dir=\"ltr\">"
                + Html.escape(c.reviewedBy()) + ", " + Labels.time(c.reviewedAt()) + "</span>",
                "Flags", c.flags().isEmpty() ? "—" : "<span dir=\"ltr\">" + Html.escape(Labels.flags(c.flags()))
                        + "</span>");
        pair(rows, rtl, "Note", text(Labels.orDash(c.note())), null, null);
        pair(rows, rtl, "Evidence", c.evidenceUrl() == null ? "—" : link(c.evidenceUrl()), null, null);
        pair(rows, rtl, "Position", "<span dir=\"ltr\">paragraph " + c.paragraph() + ", characters " + c.start()
                + "–" + c.end() + "</span>", "Status", Labels.status(c.status()));
        b.append(rows).append("</table>\n</article>\n");
        write(w, b.toString());
    }

    /** A row of two label/value pairs; with no second pair the first value spans the row. */
    private void pair(StringBuilder b, boolean rtl, String label1, String value1, String label2, String value2) {
        List<String> cells = new java.util.ArrayList<>(List.of("<th dir=\"ltr\">" + label1 + "</th>",
                label2 == null ? "<td colspan=\"3\">" + value1 + "</td>" : "<td>" + value1 + "</td>"));
        if (label2 != null) {
            cells.add("<th dir=\"ltr\">" + label2 + "</th>");
            cells.add("<td>" + value2 + "</td>");
        }
        if (forPdf && rtl) {
            java.util.Collections.reverse(cells);
        }
        b.append("<tr>").append(String.join("", cells)).append("</tr>\n");
    }

    private void row(Writer w, boolean rtl, String label, String valueHtml) throws IOException {
        StringBuilder b = new StringBuilder();
        appendRow(b, rtl, label, valueHtml);
        w.write(b.toString());
    }

    private void appendRow(StringBuilder b, boolean rtl, String label, String valueHtml) {
        String th = "<th dir=\"ltr\">" + label + "</th>";
        String td = "<td>" + valueHtml + "</td>";
        b.append("<tr>").append(forPdf && rtl ? td + th : th + td).append("</tr>\n");
    }

    private void cells(Writer w, boolean rtl, boolean head, String... html) throws IOException {
        StringBuilder b = new StringBuilder("<tr>");
        String tag = head ? "th" : "td";
        for (int i = 0; i < html.length; i++) {
            String cell = html[forPdf && rtl ? html.length - 1 - i : i];
            b.append('<').append(tag).append('>').append(cell).append("</").append(tag).append('>');
        }
        w.write(b.append("</tr>\n").toString());
    }

    private static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escaped content isolated in its own direction. */
    static String text(String s) {
        return "<bdi dir=\"" + Direction.dir(s) + "\">" + Html.escape(s) + "</bdi>";
    }

    static String link(String url) {
        if (url == null || url.isBlank()) {
            return "—";
        }
        if (!Labels.isWebLink(url)) {
            return text(url);
        }
        String e = Html.escape(url);
        return "<a dir=\"ltr\" href=\"" + e + "\">" + e + "</a>";
    }

    private static String cls(ReviewStatus s) {
        return "st-" + s.name().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 160 ? one : one.substring(0, 157) + "…";
    }

    private String css() {
        String font = forPdf ? "Vazirmatn" : "Vazirmatn, 'Noto Naskh Arabic', 'Segoe UI', Tahoma, Arial, sans-serif";
        return (forPdf ? PdfRenderer.chartFontFaces() : "") + "\n@page { size: A4; margin: 14mm 12mm; }\n"
                + "body { font-family: " + font + "; font-size: 10.5pt; line-height: 1.5; color: #1a1a1a; "
                + "margin: 0 auto; max-width: 60rem; padding: 0 1rem; }\n"
                + "h1 { font-size: 17pt; margin: .2em 0 .4em; } h2 { font-size: 13pt; border-bottom: 2px solid #333; "
                + "margin-top: 1.2em; } h3 { font-size: 11pt; margin: 1em 0 .3em; }\n"
                + ".kicker, .meta, footer { color: #555; font-size: 9pt; }\n"
                + "table { border-collapse: collapse; margin: .3em 0; }\n"
                + "th, td { border: 1px solid #ccc; padding: 2px 6px; vertical-align: top; text-align: start; }\n"
                + "th { background: #f2f2f2; font-weight: bold; }\n"
                + "table.meta th { width: 7.5em; } table.figures th { width: 15em; }\n"
                + "table.fields th { width: 5.5em; }\n"
                + "table.fields { width: 100%; font-size: 9pt; table-layout: fixed; }\n"
                + "table.fields td { width: 50%; word-wrap: break-word; }\n"
                + "html[dir=rtl] table.meta, html[dir=rtl] table.counts, html[dir=rtl] table.parties, "
                + "html[dir=rtl] table.figures "
                + "{ margin-left: auto; margin-right: 0; }\n"
                + "ol.unverified a { text-decoration: none; }\n"
                + "ol.unverified li.none { list-style: none; }\n"
                + "p.more { color: #4a4f55; font-style: italic; }\n"
                + "table.counts td, table.parties td { text-align: center; }\n"
                + ".badge { padding: 0 6px; border-radius: 3px; color: #fff; font-size: 9pt; }\n"
                + ".st-attributed .badge, .badge.st-attributed { background: " + StatusChart.ATTRIBUTED + "; }\n"
                + ".st-disputed .badge, .badge.st-disputed { background: " + StatusChart.DISPUTED + "; }\n"
                + ".st-unverified .badge, .badge.st-unverified { background: #6b7177; }\n"
                + "article.claim { border: 1px solid #ccc; border-top: 4px solid #6b7177; margin: .6em 0; "
                + "padding: .3em .6em; page-break-inside: avoid; break-inside: avoid; }\n"
                + "article.st-attributed { border-top-color: " + StatusChart.ATTRIBUTED + "; }\n"
                + "article.st-disputed { border-top-color: " + StatusChart.DISPUTED + "; }\n"
                + "blockquote { font-size: 11.5pt; margin: .3em 0; padding: .2em .6em; background: #fafafa; "
                + "white-space: pre-wrap; }\n"
                + "blockquote[dir=rtl] { text-align: right; } blockquote[dir=ltr] { text-align: left; }\n"
                + ".claim-head { margin: 0; font-size: 9pt; color: #444; }\n"
                + ".flag { background: #fde9c8; padding: 0 4px; }\n"
                + "a { color: #0b57d0; word-break: break-all; }\n"
                + ".chart svg { max-width: 100%; height: auto; }\n"
                + ".cap { background: #fde9c8; padding: .4em; }\n"
                + "@media print { body { max-width: none; padding: 0; } a { color: inherit; } "
                + "h2, h3 { page-break-after: avoid; break-after: avoid; } }\n";
    }
}
