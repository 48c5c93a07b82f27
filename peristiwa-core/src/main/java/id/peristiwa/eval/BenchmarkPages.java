package id.peristiwa.eval;

/** What every benchmark does around one extractor call: a crashing extractor scores an empty body. */
final class BenchmarkPages {

    static String safely(BodyExtractor extractor, String html, String url) {
        try {
            String body = extractor.extractBody(html, url);
            return body == null ? "" : body;
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    private BenchmarkPages() {
    }
}
