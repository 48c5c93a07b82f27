package id.peristiwa.export;

import com.fasterxml.jackson.core.JsonGenerator;
import id.peristiwa.entity.Actor;
import id.peristiwa.entity.Mention;
import id.peristiwa.event.EventSummary;
import id.peristiwa.event.Quote;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.text.Sentence;
import id.peristiwa.text.Token;
import id.peristiwa.text.TokenFlag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes an {@link AnalyzedArticle} as one line of JSON: every field of {@link ArticleJson}, then
 * {@code sentences} [[start,end],...] and {@code mentions} [{start, end, text, kind, actor {code, country,
 * sector, name, role} or null, refersTo (the index of the mention it refers back to, the first of them for a
 * group) or null, referents (all of them, [] when none)}], {@code quotes} [{speaker actor or null,
 * speakerMention (index into mentions) or null, cue [start,end] or null, statement [start,end], direct, relay or
 * null}], {@code events} (see {@link EventJson}), {@code eventSummary} {counted, byQuadClass {1..4}, goldsteinSum,
 * goldsteinMean} (see {@link EventSummary}) and, when asked, {@code tokens} [{start, end, normalized,
 * flags}].
 */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    /** The analyzed article as a single JSON line (no trailing newline). */
    public static String toJson(AnalyzedArticle analyzed, boolean tokens) {
        StringWriter out = new StringWriter(analyzed.article().text().length() * 2 + 1024);
        write(analyzed, tokens, out);
        return out.toString();
    }

    /** Writes the analyzed article as JSON to {@code out}, with its tokens when {@code tokens}; flushed, not closed. */
    public static void write(AnalyzedArticle analyzed, boolean tokens, Writer out) {
        try (JsonGenerator g = ArticleJson.generator(out)) {
            g.writeStartObject();
            ArticleJson.writeFields(g, analyzed.article());
            g.writeArrayFieldStart("sentences");
            for (Sentence sentence : analyzed.sentences()) {
                ArticleJson.writeSpan(g, sentence.span());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("mentions");
            for (Mention mention : analyzed.mentions()) {
                writeMention(g, mention);
            }
            g.writeEndArray();
            writeQuotes(g, analyzed.quotes());
            EventJson.writeEvents(g, analyzed.events());
            writeSummary(g, EventSummary.of(analyzed.events()));
            if (tokens) {
                writeTokens(g, analyzed);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSummary(JsonGenerator g, EventSummary summary) throws IOException {
        g.writeObjectFieldStart("eventSummary");
        g.writeNumberField("counted", summary.counted());
        g.writeObjectFieldStart("byQuadClass");
        for (int q = 0; q < 4; q++) {
            g.writeNumberField(String.valueOf(q + 1), summary.byQuadClass().get(q));
        }
        g.writeEndObject();
        g.writeNumberField("goldsteinSum", Math.round(summary.goldsteinSum() * 100) / 100.0);
        g.writeNumberField("goldsteinMean", Math.round(summary.goldsteinMean() * 100) / 100.0);
        g.writeEndObject();
    }

    private static void writeMention(JsonGenerator g, Mention mention) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", mention.start());
        g.writeNumberField("end", mention.end());
        g.writeStringField("text", mention.text());
        g.writeStringField("kind", mention.kind().name());
        writeActor(g, "actor", mention.actor());
        if (mention.refersTo().isEmpty()) {
            g.writeNullField("refersTo");
        } else {
            g.writeNumberField("refersTo", mention.refersTo().getFirst());
        }
        g.writeArrayFieldStart("referents");
        for (int index : mention.refersTo()) {
            g.writeNumber(index);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeQuotes(JsonGenerator g, List<Quote> quotes) throws IOException {
        g.writeArrayFieldStart("quotes");
        for (Quote quote : quotes) {
            g.writeStartObject();
            writeActor(g, "speaker", quote.speaker());
            if (quote.speakerMention() < 0) {
                g.writeNullField("speakerMention");
            } else {
                g.writeNumberField("speakerMention", quote.speakerMention());
            }
            if (quote.cue() == null) {
                g.writeNullField("cue");
            } else {
                g.writeFieldName("cue");
                ArticleJson.writeSpan(g, quote.cue());
            }
            g.writeFieldName("statement");
            ArticleJson.writeSpan(g, quote.statement());
            g.writeBooleanField("direct", quote.direct());
            g.writeStringField("relay", quote.relay());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** An actor object under {@code field}, or null. */
    static void writeActor(JsonGenerator g, String field, Actor actor) throws IOException {
        if (actor == null) {
            g.writeNullField(field);
            return;
        }
        g.writeFieldName(field);
        writeActorObject(g, actor);
    }

    /** An actor object {code, country, sector, name, role} as a value. */
    static void writeActorObject(JsonGenerator g, Actor actor) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", actor.code());
        g.writeStringField("country", actor.country());
        g.writeStringField("sector", actor.sector());
        g.writeStringField("name", actor.name());
        g.writeStringField("role", actor.role());
        g.writeEndObject();
    }

    private static void writeTokens(JsonGenerator g, AnalyzedArticle analyzed) throws IOException {
        g.writeArrayFieldStart("tokens");
        for (Sentence sentence : analyzed.sentences()) {
            for (Token token : sentence.tokens()) {
                g.writeStartObject();
                g.writeNumberField("start", token.start());
                g.writeNumberField("end", token.end());
                g.writeStringField("normalized", token.normalized());
                g.writeArrayFieldStart("flags");
                for (TokenFlag flag : TokenFlag.values()) {
                    if (token.is(flag)) {
                        g.writeString(flag.name().toLowerCase(Locale.ROOT));
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }
}
