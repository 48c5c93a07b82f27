package id.peristiwa.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges single blocks inside an article body: link lists, "Baca juga" boxes, ad labels and share prompts
 * are chrome even where they sit between paragraphs. The phrases come from {@code boilerplate-markup.txt}
 * sections {@code [line-prefix]} and {@code [line-exact]}.
 */
final class BoilerplateLines {

    private final List<String> prefixes;
    private final Set<String> exact;

    private BoilerplateLines(List<String> prefixes, Set<String> exact) {
        this.prefixes = prefixes;
        this.exact = exact;
    }

    static BoilerplateLines load() {
        var sections = MarkupVocabulary.readSections("/id/peristiwa/extract/boilerplate-lines.txt");
        return new BoilerplateLines(List.copyOf(sections.getOrDefault("line-prefix", Set.of())),
                Set.copyOf(sections.getOrDefault("line-exact", Set.of())));
    }

    boolean isChrome(TextBlock block) {
        String text = block.text();
        if (block.linkDensity() > 0.5 && (text.length() < 200 || block.punctuation() < 3)) {
            return true;
        }
        return isChromeLine(text);
    }

    /** Whether a line of text, on its own, is an interface phrase rather than article prose. */
    boolean isChromeLine(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (exact.contains(stripTrailing(lower))) {
            return true;
        }
        if (lower.length() > 160) {
            return false;
        }
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && ":.…>»|-".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }
}
