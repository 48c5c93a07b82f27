package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article body of a parsed page as clean paragraphs: blocks are collected once, the main content
 * is found, and the headline, when repeated at the top of the body, is left to the title field.
 */
final class HtmlBodyReader {

    private final BlockCollector collector;
    private final MainContentFinder finder;

    HtmlBodyReader(MarkupVocabulary markup, BoilerplateLines lines) {
        this.collector = new BlockCollector(markup);
        this.finder = new MainContentFinder(markup, lines);
    }

    /** Body paragraphs and the number of chrome blocks dropped. */
    record Body(List<String> paragraphs, int removed) {
    }

    Body read(Document page, String title) {
        Element root = page.body() != null ? page.body() : page;
        List<TextBlock> blocks = collector.collect(root);
        MainContentFinder.Body body = finder.find(blocks);
        List<String> paragraphs = new ArrayList<>(body.blocks().size());
        int removed = body.removed();
        for (TextBlock block : body.blocks()) {
            if (block.heading() && isHeadline(block.text(), title, page.title())) {
                removed++;
                continue;
            }
            paragraphs.add(block.text());
        }
        return new Body(paragraphs, removed);
    }

    /** The page's headline repeated in the body: the title field, or the {@code <title>} it heads. */
    private static boolean isHeadline(String heading, String title, String documentTitle) {
        String h = heading.strip();
        if (h.isEmpty()) {
            return false;
        }
        if (title != null && h.equalsIgnoreCase(title.strip())) {
            return true;
        }
        String t = documentTitle == null ? "" : documentTitle.strip();
        return h.length() >= 15 && t.regionMatches(true, 0, h, 0, h.length());
    }
}
