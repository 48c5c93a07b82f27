package id.peristiwa.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tells, for one page, whether an element wraps the article: it holds an element the markup names as the
 * article, or at least two fifths of the page's paragraph text. Figures are gathered in one pass over the
 * page, so asking about many nested elements stays linear.
 */
final class ArticleWrappers {

    private final Map<Element, Integer> paragraphChars = new IdentityHashMap<>();
    private final Set<Element> aroundArticle = Collections.newSetFromMap(new IdentityHashMap<>());
    private final int pageParagraphChars;

    ArticleWrappers(Element root, MarkupVocabulary markup) {
        for (Element e : root.getAllElements()) {
            if ("p".equals(e.normalName())) {
                int chars = e.text().length();
                for (Element a = e; a != null; a = a.parent()) {
                    paragraphChars.merge(a, chars, Integer::sum);
                }
            }
            if (markup.isArticle(e)) {
                for (Element a = e.parent(); a != null && aroundArticle.add(a); a = a.parent()) {
                    // marks every ancestor once; an ancestor already marked has its own ancestors marked
                }
            }
        }
        this.pageParagraphChars = paragraphChars.getOrDefault(root, 0);
    }

    boolean wrapsArticle(Element e) {
        return aroundArticle.contains(e) || paragraphChars.getOrDefault(e, 0) * 5 >= pageParagraphChars * 2;
    }
}
