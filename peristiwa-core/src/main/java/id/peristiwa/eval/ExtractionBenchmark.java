package id.peristiwa.eval;

import java.io.IOException;

/** A benchmark of main-content extraction over a fixed set of pages with ground truth. */
public interface ExtractionBenchmark {

    /** The benchmark's name as the CLI takes it. */
    String name();

    /** Scores {@code extractor} on every page of the benchmark. */
    ExtractionScore score(BodyExtractor extractor) throws IOException;
}
