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
        top = sharedAncestor(top, candidates);
        List<Element> roots = bodyRoots(top, candidates);
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (within(block.owner(), roots) && !lines.isChrome(block)) {
                kept.add(block);
            }
        }
        List<TextBlock> body = trimTail(kept);
        return new Body(body, blocks.size() - body.size());
    }

    /**
     * Short, unpunctuated blocks after the last sentence of the body are labels of what follows it ("Related
     * posts", "Leave a comment"), not part of it. (The head is left alone: trimming it there cost recall on
     * the benchmarks, where leads and short openers are part of the article.)
     */
    private static List<TextBlock> trimTail(List<TextBlock> blocks) {
        int to = blocks.size();
        while (to > 0 && isLabel(blocks.get(to - 1))) {
            to--;
        }
        return blocks.subList(0, to);
    }

    private static boolean isLabel(TextBlock block) {
        String text = block.text();
        if (text.length() >= 50) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?\"”»)".indexOf(last) < 0;
    }

    private static double proseScore(TextBlock block) {
        int length = block.text().length();
        if (length < MIN_PROSE_CHARS || block.heading()) {
            return 0;
        }
        return (1 + block.punctuation() + Math.min(length / 100.0, 3)) * (1 - block.linkDensity());
    }

    /**
     * When several strong candidates sit apart (a body split into sections, each with its own wrapper), the
     * body is their nearest common ancestor, unless that reaches the page itself.
     */
    private static Candidate sharedAncestor(Candidate top, Map<Element, Candidate> candidates) {
        List<Element> rivals = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (c != top && c.finalScore >= top.finalScore * 0.75 && !c.element.parents().contains(top.element)
                    && !top.element.parents().contains(c.element)) {
                rivals.add(c.element);
            }
        }
        if (rivals.size() < 2) {
            return top;
        }
        int agreeing = 0;
        Element ancestor = top.element.parent();
        while (ancestor != null && !"body".equals(ancestor.normalName())) {
            agreeing = 0;
            for (Element rival : rivals) {
                if (rival.parents().contains(ancestor)) {
                    agreeing++;
                }
            }
            if (agreeing >= 2) {
                Candidate c = candidates.get(ancestor);
                return c != null ? c : top;
            }
            ancestor = ancestor.parent();
        }
        return top;
    }

    /**
     * The top element plus neighbours that carry article text too: siblings that score close to it (bodies
     * split into several wrappers) and, up to two levels higher, subtrees of plain prose such as a lead
     * paragraph printed above the body.
     */
    private static List<Element> bodyRoots(Candidate top, Map<Element, Candidate> candidates) {
        List<Element> roots = new ArrayList<>();
        roots.add(top.element);
        double threshold = Math.max(10, top.finalScore * 0.2);
        Element current = top.element;
        for (int level = 0; level < 3 && current.parent() != null; level++) {
            Element parent = current.parent();
            if ("body".equals(parent.normalName()) || "html".equals(parent.normalName())) {
                break;
            }
            for (Element sibling : parent.children()) {
                Candidate c = sibling == current ? null : candidates.get(sibling);
                if (c == null || c.linkDensity() >= 0.25) {
                    continue;
                }
                if ((level == 0 && c.finalScore >= threshold) || c.isProse()) {
                    roots.add(sibling);
                }
            }
            current = parent;
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

        /** A short run of prose beside the body: a lone paragraph, an intro, a closing line. */
        boolean isProse() {
            return chars >= 80 && score > 0 && linkDensity() < 0.1;
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
            if (MarkupVocabulary.isArticleElement(element)) {
                weight += 15;
            }
            finalScore = score * (1 - linkDensity()) + (score > 0 ? weight : 0);
        }
    }
}
