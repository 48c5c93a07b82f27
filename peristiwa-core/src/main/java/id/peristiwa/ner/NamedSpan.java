package id.peristiwa.ner;

import id.peristiwa.document.Span;
import id.peristiwa.entity.MentionKind;
import java.util.Objects;

/**
 * A name the tagger found in a sentence.
 *
 * @param fromToken index of the name's first token in the sentence's token list
 * @param toToken   index one past its last token
 * @param span      the characters it covers, into the text the tokens point into
 * @param kind      PERSON, ORGANIZATION or LOCATION
 */
public record NamedSpan(int fromToken, int toToken, Span span, MentionKind kind) {
    public NamedSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        if (fromToken < 0 || toToken <= fromToken) {
            throw new IllegalArgumentException("bad token range [" + fromToken + "," + toToken + ")");
        }
    }
}
