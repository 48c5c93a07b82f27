package id.peristiwa.text;

import id.peristiwa.document.Span;
import java.util.ArrayList;
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

    /**
     * This sentence cut into consecutive pieces of at most {@code maxTokens} tokens, or itself when it is no
     * longer. A stretch of text with no sentence boundary for hundreds of tokens (a list, a page of names, a
     * paragraph without punctuation) is no sentence a model was trained on; stages whose cost grows with the
     * sentence read it in pieces.
     */
    public List<Sentence> pieces(int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
        if (tokens.size() <= maxTokens) {
            return List.of(this);
        }
        List<Sentence> pieces = new ArrayList<>(tokens.size() / maxTokens + 1);
        for (int from = 0; from < tokens.size(); from += maxTokens) {
            List<Token> part = tokens.subList(from, Math.min(tokens.size(), from + maxTokens));
            pieces.add(new Sentence(new Span(part.getFirst().start(), part.getLast().end()), part));
        }
        return pieces;
    }
}
