package id.peristiwa.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import id.peristiwa.document.Article;
import id.peristiwa.document.Dateline;
import id.peristiwa.document.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an {@link Article} as one line of JSON, Peristiwa's native format: {@code id}, {@code source}
 * {url, path, outlet}, {@code title}, {@code section}, {@code published} (ISO-8601), {@code author},
 * {@code language}, {@code languageConfidence}, {@code dateline} {place, outlet, span}, {@code text},
 * {@code paragraphs} [[start,end],...], {@code boilerplateRemoved}, {@code warnings}.
 */
public final class ArticleJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The article as a single JSON line (no trailing newline). */
    public static String toJson(Article article) {
        StringWriter out = new StringWriter(article.text().length() + 512);
        write(article, out);
        return out.toString();
    }

    /** Writes the article as JSON to {@code out}; the writer is flushed, not closed. */
    public static void write(Article article, Writer out) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            writeFields(g, article);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    /** The article's fields, inside an object the caller opened. */
    static void writeFields(JsonGenerator g, Article article) throws IOException {
        g.writeStringField("id", article.id());
        g.writeObjectFieldStart("source");
        g.writeStringField("url", article.source().url());
        g.writeStringField("path", article.source().path());
        g.writeStringField("outlet", article.source().outlet());
        g.writeEndObject();
        g.writeStringField("title", article.title());
        g.writeStringField("section", article.section());
        g.writeStringField("published", article.published() == null ? null : article.published().toIso());
        g.writeStringField("author", article.author());
        g.writeStringField("language", article.language());
        g.writeNumberField("languageConfidence", Math.round(article.languageConfidence() * 1000) / 1000.0);
        writeDateline(g, article.dateline());
        g.writeStringField("text", article.text());
        g.writeArrayFieldStart("paragraphs");
        for (Span p : article.paragraphs()) {
            writeSpan(g, p);
        }
        g.writeEndArray();
        g.writeNumberField("boilerplateRemoved", article.boilerplateRemoved());
        g.writeArrayFieldStart("warnings");
        for (String w : article.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
    }

    private static void writeDateline(JsonGenerator g, Dateline dateline) throws IOException {
        if (dateline == null) {
            g.writeNullField("dateline");
            return;
        }
        g.writeObjectFieldStart("dateline");
        g.writeStringField("place", dateline.place());
        g.writeStringField("outlet", dateline.outlet());
        g.writeFieldName("span");
        writeSpan(g, dateline.span());
        g.writeEndObject();
    }

    static void writeSpan(JsonGenerator g, Span span) throws IOException {
        g.writeStartArray();
        g.writeNumber(span.start());
        g.writeNumber(span.end());
        g.writeEndArray();
    }

    private ArticleJson() {
    }
}
