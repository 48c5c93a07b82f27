package id.peristiwa.text;

import id.peristiwa.document.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores the segmenter against a Universal Dependencies CoNLL-U file. The file's sentences are joined into one
 * paragraph (their {@code # text} lines, one space apart), so the segmenter has to find every boundary; a
 * predicted sentence or token counts when its span equals a gold one exactly.
 */
public final class SegmentationEvaluation {
    private SegmentationEvaluation() {
    }

    /**
     * Counts and exact-match scores for one kind of unit.
     *
     * @param gold      units in the treebank (tokens whose form is not found in the text count as missed)
     * @param predicted units the segmenter produced
     * @param matched   predicted units whose span equals a gold unit's span
     */
    public record Scores(int gold, int predicted, int matched) {
        /** Matched over predicted; 0 when nothing was predicted. */
        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        /** Matched over gold; 0 when there is no gold unit. */
        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        /** The harmonic mean of precision and recall; 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%s: gold=%d predicted=%d matched=%d precision=%.4f recall=%.4f f1=%.4f",
                    name, gold, predicted, matched, precision(), recall(), f1());
        }
    }

    /**
     * Sentence-boundary and token scores. {@link #toString()} prints one line per kind and ends with the line
     * {@code sentence_f1=S token_f1=T}.
     */
    public record Report(Scores sentences, Scores tokens) {
        @Override
        public String toString() {
            return sentences.line("sentences") + "\n" + tokens.line("tokens") + "\n"
                    + String.format(Locale.ROOT, "sentence_f1=%.4f token_f1=%.4f", sentences.f1(), tokens.f1());
        }
    }

    /**
     * Scores {@link Segmenter#indonesian()} on {@code conllu}.
     *
     * @throws IOException when the file cannot be read
     */
    public static Report evaluate(Path conllu) throws IOException {
        return evaluate(conllu, Segmenter.indonesian());
    }

    /** Scores {@code segmenter} on {@code conllu}. */
    public static Report evaluate(Path conllu, Segmenter segmenter) throws IOException {
        UdText gold = UdText.read(conllu);
        Span all = new Span(0, gold.text().length());
        List<Span> sentences = segmenter.sentences(gold.text(), List.of(all), null);
        List<Span> tokens = segmenter.tokens(gold.text(), all).stream().map(t -> new Span(t.start(), t.end())).toList();
        return new Report(score(gold.sentences(), sentences, 0), score(gold.tokens(), tokens, gold.unaligned()));
    }

    private static Scores score(List<Span> gold, List<Span> predicted, int unaligned) {
        Set<Span> expected = new HashSet<>(gold);
        int matched = 0;
        for (Span span : predicted) {
            if (expected.remove(span)) {
                matched++;
            }
        }
        return new Scores(gold.size() + unaligned, predicted.size(), matched);
    }
}
