package id.peristiwa.bench;

import id.peristiwa.eval.BodyExtractor;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J, a Java port of Mozilla's Readability, as a comparison baseline. */
public final class Readability4jBaseline implements BodyExtractor {

    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String extractBody(String html, String url) {
        Article article = new Readability4J(url == null ? "http://localhost/" : url, html).parse();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}
