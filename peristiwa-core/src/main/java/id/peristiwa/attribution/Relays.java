package id.peristiwa.attribution;

import id.peristiwa.entity.Mention;
import id.peristiwa.extract.NewsOutlets;
import id.peristiwa.lang.LanguagePackFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The relay patterns of {@code attribution/relays.txt}: the words by which an article says it takes a
 * statement from another outlet or agency ("seperti dikutip kantor berita Yonhap", "Dilansir Fars", "kepada
 * Reuters"). Outlet names come from the pack's {@code news-outlets.txt} and from mentions coded as media.
 */
final class Relays {

    /** A relay found at tokens {@code [first, last]}, naming {@code outlet}. */
    record Found(int first, int last, String outlet) {
    }

    private enum Kind { WORD, OPTIONAL, OUTLET, NAME }

    private record Element(Kind kind, String word) {
    }

    /** An outlet's name is never longer than this many tokens ("Korean Central News Agency"). */
    private static final int MAX_NAME = 4;

    private final List<List<Element>> patterns;
    private final NewsOutlets outlets;

    private Relays(List<List<Element>> patterns, NewsOutlets outlets) {
        this.patterns = patterns;
        this.outlets = outlets;
    }

    static Relays indonesian() {
        List<List<Element>> patterns = new ArrayList<>();
        for (String line : LanguagePackFile.entries("attribution/relays.txt")) {
            List<Element> pattern = new ArrayList<>();
            for (String part : line.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (part.equals("{outlet}")) {
                    pattern.add(new Element(Kind.OUTLET, null));
                } else if (part.equals("{name}")) {
                    pattern.add(new Element(Kind.NAME, null));
                } else if (part.startsWith("(") && part.endsWith(")")) {
                    pattern.add(new Element(Kind.OPTIONAL, part.substring(1, part.length() - 1)));
                } else {
                    pattern.add(new Element(Kind.WORD, part));
                }
            }
            patterns.add(List.copyOf(pattern));
        }
        patterns.sort(Comparator.comparingInt((List<Element> p) -> -p.size()));
        return new Relays(List.copyOf(patterns), NewsOutlets.indonesian());
    }

    /** The first relay in tokens {@code [from, to]}, or null. */
    Found find(TokenView view, int from, int to) {
        Set<String> words = new HashSet<>();
        for (int k = from; k <= to; k++) {
            words.add(view.word(k));
        }
        // Most sentences hold no relay: try only the patterns whose required words all occur in the range.
        List<List<Element>> possible = new ArrayList<>();
        for (List<Element> pattern : patterns) {
            if (pattern.stream().allMatch(e -> e.kind() != Kind.WORD || words.contains(e.word()))) {
                possible.add(pattern);
            }
        }
        if (possible.isEmpty()) {
            return null;
        }
        for (int k = from; k <= to; k++) {
            for (List<Element> pattern : possible) {
                Found found = match(view, pattern, 0, k, k, to);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Found match(TokenView view, List<Element> pattern, int e, int k, int first, int to) {
        if (e == pattern.size()) {
            return new Found(first, k - 1, null);
        }
        Element element = pattern.get(e);
        switch (element.kind()) {
            case WORD -> {
                return k <= to && view.isWord(k, element.word()) ? match(view, pattern, e + 1, k + 1, first, to) : null;
            }
            case OPTIONAL -> {
                if (k <= to && view.isWord(k, element.word())) {
                    Found taken = match(view, pattern, e + 1, k + 1, first, to);
                    if (taken != null) {
                        return taken;
                    }
                }
                return match(view, pattern, e + 1, k, first, to);
            }
            default -> {
                for (int last = Math.min(to, k + MAX_NAME - 1); last >= k; last--) {
                    if (acceptable(view, k, last, element.kind() == Kind.NAME)) {
                        Found rest = match(view, pattern, e + 1, last + 1, first, to);
                        if (rest != null) {
                            String name = view.span(k, last).of(view.text);
                            return new Found(first, rest.last(), rest.outlet() != null ? rest.outlet() : name);
                        }
                    }
                }
                return null;
            }
        }
    }

    /** Whether tokens {@code [a, b]} name an outlet: listed, coded as media, or (for {name}) capitalized. */
    private boolean acceptable(TokenView view, int a, int b, boolean anyName) {
        String name = view.span(a, b).of(view.text);
        if (outlets.isKnown(name)) {
            return true;
        }
        int m = view.mentionAt(a);
        if (m >= 0 && m == view.mentionAt(b)) {
            Mention mention = view.mentions.get(m);
            if (mention.actor() != null && "MED".equals(mention.actor().sector())) {
                return true;
            }
        }
        if (!anyName) {
            return false;
        }
        for (int j = a; j <= b; j++) {
            if (!view.capitalized(j)) {
                return false;
            }
        }
        return true;
    }
}
