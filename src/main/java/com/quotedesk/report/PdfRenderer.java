package com.quotedesk.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.Semaphore;

/**
 * The HTML page laid out as PDF by openhtmltopdf: Vazirmatn (SIL OFL, covers Arabic and Latin) embedded,
 * ICU for bidi splitting, reordering and line breaking so Arabic is shaped and runs right to left, and
 * Batik for the status chart (its text in the same font, declared by {@code @font-face}). A PDF is laid
 * out in memory, so it holds at most {@value #MAX_CLAIMS} claims and says so; the other formats stream
 * without a cap. Laying out 2,000 claims took 1,329 pages, over 330 MB of live heap and minutes of CPU
 * (BENCHMARKS.md); 300 claims took 96 pages, and at most {@value #CONCURRENT} layout runs at a time
 * (others wait their turn), so PDFs cannot exhaust a heap bounded as OPERATIONS recommends.
 */
final class PdfRenderer implements ReportRenderer {

    static final long MAX_CLAIMS = 300;
    static final int CONCURRENT = 1;
    private static final Semaphore LAYOUTS = new Semaphore(CONCURRENT, true);
    static final String FONT = "Vazirmatn";
    /** The same font under another name, declared by @font-face so that Batik embeds it for the chart. */
    static final String CHART_FONT = "VazirmatnChart";

    /** @font-face rules for the chart font, pointing at the bundled TTF files wherever the class path is. */
    static String chartFontFaces() {
        StringBuilder b = new StringBuilder();
        String[][] faces = {{"/fonts/Vazirmatn-Regular.ttf", "normal"}, {"/fonts/Vazirmatn-Bold.ttf", "bold"}};
        for (String[] face : faces) {
            java.net.URL url = PdfRenderer.class.getResource(face[0]);
            if (url != null) {
                b.append("\n@font-face { font-family: '").append(CHART_FONT).append("'; src: url('")
                        .append(url.toExternalForm()).append("'); font-weight: ").append(face[1]).append("; }");
            }
        }
        return b.toString();
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        StringWriter html = new StringWriter(64 * 1024);
        new HtmlRenderer(true, MAX_CLAIMS).write(report, html);
        boolean rtl = report.header().rtl();
        String lang = report.header().language() == null ? "en" : report.header().language();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        b.useUnicodeBidiReorderer(new ICUBidiReorderer());
        b.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.forLanguageTag(lang)));
        b.defaultTextDirection(rtl ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
        b.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/Vazirmatn-Regular.ttf"), FONT, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        b.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/Vazirmatn-Bold.ttf"), FONT, 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        b.useSVGDrawer(new BatikSVGDrawer());
        b.withProducer("Quotedesk");
        b.withHtmlContent(html.toString(), null);
        b.toStream(out);
        try {
            LAYOUTS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to lay out a PDF", e);
        }
        try {
            b.run();
        } finally {
            LAYOUTS.release();
        }
    }
}
