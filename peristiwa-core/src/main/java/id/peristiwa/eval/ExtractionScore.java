package id.peristiwa.eval;

import java.util.Locale;

/** Precision, recall and F1 of one extractor on one benchmark, over {@code documents} pages. */
public record ExtractionScore(String extractor, int documents, double precision, double recall) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The benchmark's closing line: {@code precision=P recall=R f1=F}. */
    public String line() {
        return String.format(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f", precision, recall, f1());
    }
}
