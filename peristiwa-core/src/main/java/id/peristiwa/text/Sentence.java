package id.peristiwa.text;

import id.peristiwa.document.Span;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article's clean text with its tokens, all offsets into that text.
 *
 * @param span   from the first token's start to the last token's end
 * @param tokens the sentence's tokens in text order, never empty
 */
public record Sentence(Span span, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a sentence holds at least one token");
        }
    }
}
