package id.peristiwa.eval;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import id.peristiwa.extract.Extractor;
import java.util.Map;

/** Peristiwa's own extractor as a benchmark contestant: the clean body text (which keeps the dateline). */
public final class PeristiwaBodyExtractor implements BodyExtractor {

    private final Extractor extractor;

    public PeristiwaBodyExtractor(Extractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "peristiwa";
    }

    @Override
    public String extractBody(String html, String url) {
        RawDocument page = new RawDocument(url == null ? "page" : url, url, null, ContentType.HTML, null, html,
                Map.of(), null, Map.of());
        return extractor.extract(page).text();
    }
}
