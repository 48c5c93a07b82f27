package id.peristiwa.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}, optionally gzip-compressed): one document per line, its
 * HTML or text and metadata taken from the fields {@link JsonFields} names. A bad line is skipped on its own
 * and the file goes on; a line over the size limit is skipped without being held in memory; blank lines are
 * not documents and pass silently.
 */
final class JsonLinesReader {

    private final SizeLimit limit;
    private final JsonFields fields;
    private final ContentGate gate;
    private final ObjectMapper mapper;

    JsonLinesReader(SizeLimit limit, JsonFields fields, ContentGate gate) {
        this.limit = limit;
        this.fields = fields;
        this.gate = gate;
        // Jackson refuses long strings by default; a line within our own limit must never be refused for that.
        int maxString = (int) Math.min(Integer.MAX_VALUE, Math.max(limit.maxBytes(),
                StreamReadConstraints.DEFAULT_MAX_STRING_LEN));
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /** A cursor over the file's lines; it owns the open file until closed. */
    ItemCursor open(Source source) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(decompressed(source.open()), limit.maxBytes());
        return new ItemCursor() {
            @Override
            public Ingested next() throws IOException {
                BoundedLineReader.Line line;
                do {
                    line = lines.next();
                } while (line != null && !line.tooLong() && isBlank(line.bytes()));
                return line == null ? null : document(source, line);
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }

    /** The content, gunzipped when it starts with gzip's magic; a damaged header closes the raw stream. */
    private static InputStream decompressed(InputStream raw) throws IOException {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
            in.mark(2);
            byte[] magic = in.readNBytes(2);
            in.reset();
            return FormatSniffer.isGzip(magic) ? new GZIPInputStream(in, 64 * 1024) : in;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private Ingested document(Source source, BoundedLineReader.Line line) {
        String origin = source.origin() + "#" + line.number();
        if (line.tooLong()) {
            return new Ingested.Skipped(origin, SkipReason.TOO_LARGE, "line of " + limit.describeExcess(line.length()));
        }
        JsonNode record;
        try {
            record = mapper.readTree(line.bytes());
        } catch (JacksonException e) {
            return new Ingested.Skipped(origin, SkipReason.MALFORMED, "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Ingested.Skipped(origin, SkipReason.MALFORMED, "invalid JSON: " + GuardedCursor.message(e));
        }
        if (record == null || !record.isObject()) {
            return new Ingested.Skipped(origin, SkipReason.MALFORMED, "line is not a JSON object");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        fields.metadata().forEach((name, field) -> {
            String value = stringField(record, field);
            if (value != null) {
                metadata.put(name, value);
            }
        });
        String html = textField(record, fields.html());
        String text = textField(record, fields.text());
        if (html == null && text == null) {
            return new Ingested.Skipped(origin, SkipReason.MALFORMED,
                    "no \"" + fields.html() + "\" or \"" + fields.text() + "\" field");
        }
        String url = metadata.get("url");
        RawDocument candidate = html != null
                ? new RawDocument(origin, url, source.pathText(), ContentType.HTML,
                        html.getBytes(StandardCharsets.UTF_8), null, PayloadType.UTF8_HTML_HEADERS, null, metadata)
                : new RawDocument(origin, url, source.pathText(), ContentType.TEXT, null, text, Map.of(), null,
                        metadata);
        return gate.admit(candidate);
    }

    /** Content fields must be JSON strings: {@code {"text": 1}} is a broken record, not a one-character article. */
    private static String textField(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A field's value as text; null when absent, JSON null, or a nested object or array. */
    private static String stringField(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
