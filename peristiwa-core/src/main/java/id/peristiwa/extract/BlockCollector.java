package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page once and cuts its visible text into {@link TextBlock}s at block-level boundaries, skipping
 * what can never be article text (scripts, forms, hidden elements) and elements the markup marks as chrome.
 * The DOM is not modified.
 */
final class BlockCollector {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video",
            "audio", "map", "button", "input", "select", "textarea", "option", "head", "title", "meta",
            "link", "figcaption", "dialog");
    /** Structural chrome: skipped unless it holds most of the page's text (some sites wrap everything). */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside", "header", "menu", "form");
    private static final Set<String> TEXT_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "ul", "br", "html", "summary", "caption");

    private final MarkupVocabulary markup;

    BlockCollector(MarkupVocabulary markup) {
        this.markup = markup;
    }

    /** Blocks of {@code root} in document order. */
    List<TextBlock> collect(Element root) {
        Visitor visitor = new Visitor(new ArticleWrappers(root, markup));
        NodeTraversor.filter(visitor, root);
        visitor.flush(null);
        return visitor.blocks;
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private boolean skipped(Element e, ArticleWrappers wrappers) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag) || hidden(e)) {
            return true;
        }
        // Class names judge wrappers; a paragraph or heading is text whatever its class says ("nav_..." anchors).
        boolean chrome = (CHROME_TAGS.contains(tag) && !("header".equals(tag) && insideArticle(e)))
                || (!TEXT_TAGS.contains(tag) && markup.judge(e) == MarkupVocabulary.Verdict.CHROME)
                || markup.isCaption(e);
        if (!chrome || "body".equals(tag) || "html".equals(tag) || "main".equals(tag)) {
            return false;
        }
        // A chrome-looking wrapper around the article is a layout class ("penci_sidebar" on the main column).
        return !wrappers.wrapsArticle(e);
    }

    private static boolean insideArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if ("article".equals(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static Element blockAncestor(Element e) {
        Element p = e.parent();
        while (p != null && !isBlock(p)) {
            p = p.parent();
        }
        return p;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private final class Visitor implements NodeFilter {
        private final ArticleWrappers wrappers;
        private final List<TextBlock> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private boolean pendingSpace;

        Visitor(ArticleWrappers wrappers) {
            this.wrappers = wrappers;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (skipped(e, wrappers)) {
                if (isBlock(e)) {
                    flush(blockAncestor(e));
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isBlock(e)) {
                flush(blockAncestor(e));
            } else if ("a".equals(e.normalName())) {
                linkDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (isBlock(e)) {
                    flush(e);
                } else if ("a".equals(e.normalName()) && linkDepth > 0) {
                    linkDepth--;
                } else if ("img".equals(e.normalName())) {
                    pendingSpace = true;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && !text.isEmpty()) {
                    text.append(' ');
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
                pendingSpace = false;
                text.append(c);
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
        }

        /** Ends the current block; {@code owner} is the block element that held its text. */
        void flush(Element owner) {
            if (!text.isEmpty() && owner != null) {
                String tag = owner.normalName();
                boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
                blocks.add(new TextBlock(owner, text.toString(), Math.min(linkChars, text.length()), heading,
                        blocks.size()));
            }
            text.setLength(0);
            linkChars = 0;
            pendingSpace = false;
        }
    }
}
