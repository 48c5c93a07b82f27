package id.peristiwa.eval;

/**
 * Anything that pulls an article body out of an HTML page, so that Peristiwa's extractor and third-party
 * baselines can be scored by the same benchmark. Baselines register through {@link java.util.ServiceLoader}.
 */
public interface BodyExtractor {

    /** A short name for reports ("peristiwa", "readability4j"). */
    String name();

    /** The body text of {@code html}; paragraphs separated by newlines. Must not throw on bad pages. */
    String extractBody(String html, String url);
}
