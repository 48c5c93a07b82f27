package id.peristiwa.extract;

import id.peristiwa.lang.LanguagePackFile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * What a page's markup says about an element through its {@code class} and {@code id}: words such as
 * "comment", "share" or "iklan" mark site chrome, words such as "article-body" or "isi-berita" mark content.
 * The words live in {@code boilerplate-markup.txt}; this class only matches them.
 */
final class MarkupVocabulary {

    /** How an element's class and id read. */
    enum Verdict { CHROME, CONTENT, NEUTRAL }

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

    private final Map<String, Set<String>> sections;

    private MarkupVocabulary(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    static MarkupVocabulary load() {
        Map<String, Set<String>> sections = new HashMap<>();
        LanguagePackFile.groups("id/peristiwa/extract/boilerplate-markup.txt").forEach((group, entries) ->
                sections.put(group, entries.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())));
        return new MarkupVocabulary(Map.copyOf(sections));
    }

    Verdict judge(Element element) {
        String classAndId = element.className() + " " + element.id();
        if (classAndId.isBlank()) {
            return Verdict.NEUTRAL;
        }
        boolean chrome = false;
        boolean content = false;
        StringBuilder kept = new StringBuilder();
        for (String name : classAndId.strip().split("\\s+")) {
            String lowerName = name.toLowerCase(Locale.ROOT);
            if (startsWithAny("label-prefix", lowerName)) {
                continue; // taxonomy labels such as "tag-review" describe the post, not the element
            }
            kept.append(lowerName).append(' ');
            for (String token : SPLIT.split(name)) {
                String t = token.toLowerCase(Locale.ROOT);
                chrome |= has("chrome-word", t);
                content |= has("content-word", t);
            }
        }
        String lower = kept.toString();
        chrome |= containsAny("chrome-part", lower);
        content |= containsAny("content-part", lower);
        if (chrome && !containsAny("content-override", lower)) {
            return Verdict.CHROME;
        }
        return content ? Verdict.CONTENT : Verdict.NEUTRAL;
    }

    /** Whether the element itself says it is the article: {@code <article>}, {@code <main>}, itemprop articleBody. */
    static boolean isArticleElement(Element element) {
        String tag = element.normalName();
        return "article".equals(tag) || "main".equals(tag) || "articlebody".equalsIgnoreCase(element.attr("itemprop"));
    }

    /** Whether the class or id marks a picture caption or credit. */
    boolean isCaption(Element element) {
        String classAndId = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return !classAndId.isBlank() && containsAny("caption-part", classAndId);
    }

    /** Whether markup names this element as the article itself: a body class, {@code <article>}, {@code <main>}. */
    boolean isArticle(Element element) {
        if (isArticleElement(element)) {
            return true;
        }
        String classAndId = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return !classAndId.isBlank() && containsAny("content-part", classAndId);
    }

    private boolean startsWithAny(String section, String text) {
        for (String prefix : sections.getOrDefault(section, Set.of())) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private boolean has(String section, String token) {
        return sections.getOrDefault(section, Set.of()).contains(token);
    }

    private boolean containsAny(String section, String text) {
        for (String part : sections.getOrDefault(section, Set.of())) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
