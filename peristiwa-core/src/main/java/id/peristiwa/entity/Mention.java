package id.peristiwa.entity;

import id.peristiwa.document.Span;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of an article's clean text that names (or refers back to) someone or something.
 *
 * @param span     where the mention is, into the article's clean text
 * @param text     the covered text
 * @param kind     what it names
 * @param actor    the actor it is coded as, or null when it is no actor (a city named only as a place)
 * @param refersTo indexes, into the article's mention list, of the earlier mentions this one refers back to:
 *                 one for a surname or pronoun, several for "kedua negara"; empty when it refers to none
 */
public record Mention(Span span, String text, MentionKind kind, Actor actor, List<Integer> refersTo) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        refersTo = List.copyOf(refersTo);
    }

    /** A mention that refers back to nothing. */
    public Mention(Span span, String text, MentionKind kind, Actor actor) {
        this(span, text, kind, actor, List.of());
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
