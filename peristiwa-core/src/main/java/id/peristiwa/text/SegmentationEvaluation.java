package id.peristiwa.text;

import id.peristiwa.document.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores the segmenter against a Universal Dependencies CoNLL-U file, the way the UD shared tasks score
 * segmentation from raw text.
 *
 * <p>Input: the raw text of the whole file ({@link UdText}): every {@code # text} in file order, one space apart
 * (none after a final token marked {@code SpaceAfter=No}). The Indonesian treebanks carry no {@code # newdoc}
 * or {@code # newpar} marks, so the file is one paragraph and the segmenter has to find every boundary itself,
 * with no line breaks to lean on. Gold sentences are never fed one at a time.
 *
 * <p>Scores, all by exact character spans:
 * <ul>
 *   <li>{@code sentences}: a predicted sentence counts when its span (first token's start to last token's end)
 *       equals a gold sentence's span: the UD shared-task "Sentences" metric. A false split inside one gold
 *       sentence costs that sentence and adds two wrong ones; this is the primary figure
 *       ({@code sentence_f1}).</li>
 *   <li>{@code boundaries}: sentence ends, the end of the text left out since every segmenter finds it; a
 *       predicted end counts when a gold sentence ends at the same offset. Each wrong or missed cut costs
 *       exactly one error here, so this is the figure to read error counts from.</li>
 *   <li>{@code tokens}: surface tokens (a multiword token is one), by span.</li>
 * </ul>
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
     * Sentence, sentence-end and token scores. {@link #toString()} prints one line per kind and ends with the
     * line {@code sentence_f1=S token_f1=T}, S being the sentence-span F1.
     */
    public record Report(Scores sentences, Scores boundaries, Scores tokens) {
        @Override
        public String toString() {
            return sentences.line("sentences") + "\n" + boundaries.line("boundaries") + "\n"
                    + tokens.line("tokens") + "\n"
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
        return new Report(score(gold.sentences(), sentences, 0),
                score(ends(gold.sentences(), all), ends(sentences, all), 0),
                score(gold.tokens(), tokens, gold.unaligned()));
    }

    /** The inner ends of {@code sentences} as empty spans; the end of the whole text is no decision. */
    private static List<Span> ends(List<Span> sentences, Span all) {
        return sentences.stream().filter(s -> s.end() < all.end()).map(s -> new Span(s.end(), s.end())).toList();
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
