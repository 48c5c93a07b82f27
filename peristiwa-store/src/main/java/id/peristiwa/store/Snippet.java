package id.peristiwa.store;

import id.peristiwa.document.Span;
import java.util.List;
import java.util.Objects;

/**
 * A short plain-text passage of an article with the words that matched a search marked as spans into it. The
 * text is neither escaped nor marked up: whoever shows it escapes it and wraps the spans.
 *
 * @param text       the passage, with "…" where it was cut from longer text
 * @param highlights the matched words, spans into {@code text}, in order and not overlapping
 */
public record Snippet(String text, List<Span> highlights) {
    public Snippet {
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
    }
}
