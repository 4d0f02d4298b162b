package com.quotedesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quotedesk.report.ReportModel.ArticleInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The report model as JSON: {@code {"header", "summary", "articles": [{"article", "claims": [...]}],
 * "unverified": [claim ids]}}, written with a streaming generator so claims never pile up in memory.
 */
final class JsonRenderer implements ReportRenderer {

    private final ObjectMapper mapper;

    JsonRenderer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        try (JsonGenerator g = SafeJson.generator(mapper, out)) {
            g.writeStartObject();
            g.writeObjectField("header", report.header());
            g.writeObjectField("summary", report.summary());
            g.writeArrayFieldStart("articles");
            for (ArticleInfo a : report.articles()) {
                g.writeStartObject();
                g.writeObjectField("article", a);
                g.writeArrayFieldStart("claims");
                report.claims(a, c -> write(g, c));
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unverified");
            report.unverified(c -> {
                try {
                    g.writeNumber(c.id());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void write(JsonGenerator g, Object value) {
        try {
            g.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
