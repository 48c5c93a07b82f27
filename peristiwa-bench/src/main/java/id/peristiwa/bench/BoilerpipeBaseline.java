package id.peristiwa.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import id.peristiwa.eval.BodyExtractor;

/** Boilerpipe's ArticleExtractor (shallow text features), as a comparison baseline. */
public final class BoilerpipeBaseline implements BodyExtractor {

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String extractBody(String html, String url) {
        try {
            return ArticleExtractor.INSTANCE.getText(html);
        } catch (BoilerpipeProcessingException e) {
            return "";
        }
    }
}
