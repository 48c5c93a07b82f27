package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article body among a page's text blocks: prose-like blocks (long, punctuated, few links) vote for
 * the elements that contain them, nearer ancestors more; the best-scoring element, with siblings that score
 * close to it, is the body. Blocks inside it that read like chrome (link lists, "Baca juga") are dropped.
 */
final class MainContentFinder {

    private static final int MIN_PROSE_CHARS = 25;
    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "th", "br");

    private final MarkupVocabulary markup;
    private final BoilerplateLines lines;

    MainContentFinder(MarkupVocabulary markup, BoilerplateLines lines) {
        this.markup = markup;
        this.lines = lines;
    }

    /** The result: kept body blocks in document order and how many blocks were judged chrome. */
    record Body(List<TextBlock> blocks, int removed) {
    }

    Body find(List<TextBlock> blocks) {
        if (blocks.isEmpty()) {
            return new Body(List.of(), 0);
        }
        Map<Element, Candidate> candidates = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            Element first = PARAGRAPH_TAGS.contains(block.owner().normalName()) ? block.owner().parent() : block.owner();
            double score = proseScore(block);
            int level = 0;
            for (Element e = first; e != null; e = e.parent(), level++) {
                Candidate c = candidates.computeIfAbsent(e, Candidate::new);
                c.chars += block.text().length();
                c.linkChars += block.linkChars();
                if (score > 0 && level < 6) {
                    c.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3.0);
                }
            }
        }
        Candidate top = null;
        for (Candidate c : candidates.values()) {
            c.finish(markup);
            if (top == null || c.finalScore > top.finalScore) {
                top = c;
            }
        }
        List<Element> roots = bodyRoots(top, candidates);
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (within(block.owner(), roots) && !lines.isChrome(block)) {
                kept.add(block);
            }
        }
        return new Body(kept, blocks.size() - kept.size());
    }

    private static double proseScore(TextBlock block) {
        int length = block.text().length();
        if (length < MIN_PROSE_CHARS || block.heading()) {
            return 0;
        }
        return (1 + block.punctuation() + Math.min(length / 100.0, 3)) * (1 - block.linkDensity());
    }

    /** The top element plus siblings that carry article text too (bodies split into several wrappers). */
    private static List<Element> bodyRoots(Candidate top, Map<Element, Candidate> candidates) {
        List<Element> roots = new ArrayList<>();
        Element parent = top.element.parent();
        if (parent == null) {
            roots.add(top.element);
            return roots;
        }
        double threshold = Math.max(10, top.finalScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top.element) {
                roots.add(sibling);
                continue;
            }
            Candidate c = candidates.get(sibling);
            if (c != null && c.finalScore >= threshold && c.linkDensity() < 0.25) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static boolean within(Element e, List<Element> roots) {
        for (Element x = e; x != null; x = x.parent()) {
            for (Element root : roots) {
                if (x == root) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Candidate {
        final Element element;
        double score;
        int chars;
        int linkChars;
        double finalScore;

        Candidate(Element element) {
            this.element = element;
        }

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        void finish(MarkupVocabulary markup) {
            double weight = switch (markup.judge(element)) {
                case CONTENT -> 25;
                case CHROME -> -25;
                case NEUTRAL -> 0;
            };
            String tag = element.normalName();
            if ("article".equals(tag) || "main".equals(tag) || "articlebody".equalsIgnoreCase(element.attr("itemprop"))) {
                weight += 15;
            }
            finalScore = score * (1 - linkDensity()) + (score > 0 ? weight : 0);
        }
    }
}
