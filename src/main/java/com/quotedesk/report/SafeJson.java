package com.quotedesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON output that is safe to paste inside an HTML {@code <script>} element (JSON-LD is made for that):
 * {@code < > & '} are written as {@code \u003c}-style escapes, so a note such as {@code </script>} cannot
 * end the element. Parsers read the same text back.
 */
final class SafeJson {

    private SafeJson() {
    }

    static JsonGenerator generator(ObjectMapper base, OutputStream out) throws IOException {
        ObjectMapper mapper = base.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.getFactory().setCharacterEscapes(new HtmlSafe());
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setCodec(mapper);
        return g;
    }

    private static final class HtmlSafe extends CharacterEscapes {

        private final int[] escapes;

        HtmlSafe() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['\''] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
