package com.quotedesk.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.quotedesk.report.ReportModel.PartyCount;
import com.quotedesk.report.ReportModel.StatusCounts;

import java.util.ArrayList;
import java.util.List;

/**
 * The "status per speaker" chart as hand-written SVG: one stacked horizontal bar per speaker (attributed,
 * disputed, unverified), drawn on the server so no script runs in the reader's browser or PDF.
 * For the PDF renderer (Batik) Arabic labels are pre-shaped into presentation forms; Batik orders them.
 */
final class StatusChart {

    static final String ATTRIBUTED = "#1b7f3b";
    static final String DISPUTED = "#c0392b";
    static final String UNVERIFIED = "#9aa0a6";
    static final int MAX_ROWS = 24;

    private static final int WIDTH = 640;
    private static final int LABEL = 190;
    private static final int BAR = 360;
    private static final int ROW = 22;
    private static final int TOP = 34;

    private StatusChart() {
    }

    static String svg(List<PartyCount> speakers, boolean shapeArabic) {
        List<PartyCount> rows = rows(speakers);
        long max = Math.max(1, rows.stream().mapToLong(p -> p.counts().total()).max().orElse(1));
        int height = TOP + rows.size() * ROW + 8;
        StringBuilder s = new StringBuilder(2048);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" direction=\"ltr\" font-family=\"")
                .append(shapeArabic ? PdfRenderer.CHART_FONT + ", " : "")
                .append("Vazirmatn, sans-serif\" font-size=\"12\">");
        s.append("<title>Claims by review status per speaker</title>");
        legend(s, 0, "Attributed", ATTRIBUTED);
        legend(s, 120, "Disputed", DISPUTED);
        legend(s, 230, "Unverified", UNVERIFIED);
        int y = TOP;
        for (PartyCount p : rows) {
            String name = p.name() == null ? "(no speaker)" : p.name();
            s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Html.escape(label(name, shapeArabic))).append("</text>");
            StatusCounts c = p.counts();
            int x = LABEL;
            x = bar(s, x, y, c.attributed(), max, ATTRIBUTED);
            x = bar(s, x, y, c.disputed(), max, DISPUTED);
            x = bar(s, x, y, c.unverified(), max, UNVERIFIED);
            s.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 15).append("\">")
                    .append(c.attributed()).append(" / ").append(c.disputed()).append(" / ").append(c.unverified())
                    .append("</text>");
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    /** The busiest speakers; the rest summed into one row so the chart stays readable. */
    static List<PartyCount> rows(List<PartyCount> speakers) {
        if (speakers.size() <= MAX_ROWS) {
            return speakers;
        }
        List<PartyCount> out = new ArrayList<>(speakers.subList(0, MAX_ROWS - 1));
        long a = 0;
        long d = 0;
        long u = 0;
        for (PartyCount p : speakers.subList(MAX_ROWS - 1, speakers.size())) {
            a += p.counts().attributed();
            d += p.counts().disputed();
            u += p.counts().unverified();
        }
        out.add(new PartyCount(null, (speakers.size() - MAX_ROWS + 1) + " other speakers", new StatusCounts(a, d, u)));
        return out;
    }

    private static void legend(StringBuilder s, int x, String label, String colour) {
        s.append("<rect x=\"").append(x + LABEL).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").append(colour)
                .append("\"/><text x=\"").append(x + LABEL + 17).append("\" y=\"16\">").append(label).append("</text>");
    }

    private static int bar(StringBuilder s, int x, int y, long value, long max, String colour) {
        if (value == 0) {
            return x;
        }
        int w = (int) Math.max(2, Math.round((double) value / max * BAR));
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                .append("\" height=\"").append(ROW - 6).append("\" fill=\"").append(colour).append("\"><title>")
                .append(value).append("</title></rect>");
        return x + w;
    }

    private static String label(String name, boolean shapeArabic) {
        String n = name.length() > 30 ? name.substring(0, 29) + "…" : name;
        if (!shapeArabic || !Direction.isRtl(n)) {
            return n;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(n);
        } catch (ArabicShapingException e) {
            return n;
        }
    }
}
