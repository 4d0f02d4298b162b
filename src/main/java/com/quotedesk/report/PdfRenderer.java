package com.quotedesk.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import io.quarkus.logging.Log;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Locale;

/**
 * The HTML page laid out as PDF by openhtmltopdf: Vazirmatn (SIL OFL, covers Arabic and Latin) embedded,
 * ICU for bidi splitting, reordering and line breaking so Arabic is shaped and runs right to left, and
 * Batik for the status chart. A PDF is laid out in memory, so it holds at most {@value #MAX_CLAIMS}
 * claims and says so; the other formats stream without a cap.
 */
final class PdfRenderer implements ReportRenderer {

    static final long MAX_CLAIMS = 2_000;
    static final String FONT = "Vazirmatn";

    static {
        // Batik draws the chart's SVG text with Java2D fonts: make the bundled font one of them, so chart
        // labels (Arabic too) do not depend on fonts installed on the server.
        for (String file : new String[]{"/fonts/Vazirmatn-Regular.ttf", "/fonts/Vazirmatn-Bold.ttf"}) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(file)) {
                GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | FontFormatException | RuntimeException e) {
                Log.warnf("Chart labels in PDF reports fall back to system fonts: %s", e.toString());
            }
        }
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
        b.run();
    }
}
