package id.peristiwa.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON writer of the API. Besides what JSON requires, it writes {@code <}, {@code >} and {@code &} as {@code \}{@code u} escapes, so that untrusted article text can never form markup even where a
 * response is mistaken for HTML or embedded in a page.
 */
final class JsonBodies {

    private JsonBodies() {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.getFactory().setCharacterEscapes(new MarkupEscapes());
        mapper.getFactory().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, false);
        return mapper;
    }

    /** JSON's own escapes plus the characters that start or end markup. */
    private static final class MarkupEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        MarkupEscapes() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&'}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only standard \\uXXXX escapes are asked for
        }
    }
}
