package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words and phrases news sites print around an article, grouped by {@link InterfaceKind}, loaded from a
 * language-pack data file. Immutable and thread-safe.
 */
final class InterfaceVocabulary {

    static final String INDONESIAN = "id/peristiwa/lang/id/interface-vocabulary.txt";

    private static final Pattern TOKEN = Pattern.compile("©|[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern NUMBER = Pattern.compile("[\\p{N}.,:/\\-]+");

    private final Map<String, Set<InterfaceKind>> phrases;
    private final int longest;
    private final Pattern labels;
    private final Map<String, InterfaceKind> labelKinds;

    private InterfaceVocabulary(Map<String, Set<InterfaceKind>> phrases, Map<String, InterfaceKind> labelKinds) {
        this.phrases = phrases;
        this.longest = phrases.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
        this.labelKinds = labelKinds;
        String alternatives = labelKinds.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(label -> Pattern.quote(label).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        // A label is followed by a colon, a dash or a bar; whatever comes after is the label's content.
        this.labels = Pattern.compile("^[^\\p{L}\\p{N}]*(" + alternatives + ")\\s*[:\\-–—|»]",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Loads a vocabulary file in the format described in the Indonesian file's header. */
    static InterfaceVocabulary load(String resource) {
        Map<String, Set<InterfaceKind>> phrases = new HashMap<>();
        Map<String, InterfaceKind> labels = new HashMap<>();
        GroupedWordList.read(resource).forEach((group, entries) -> {
            InterfaceKind kind = InterfaceKind.ofGroup(group);
            for (String entry : entries) {
                boolean label = entry.endsWith(":");
                String key = String.join(" ", tokens(label ? entry.substring(0, entry.length() - 1) : entry));
                if (key.isEmpty()) {
                    continue;
                }
                phrases.computeIfAbsent(key, k -> EnumSet.noneOf(InterfaceKind.class)).add(kind);
                if (label) {
                    labels.putIfAbsent(key, kind);
                }
            }
        });
        phrases.replaceAll((k, kinds) -> Collections.unmodifiableSet(kinds));
        return new InterfaceVocabulary(Map.copyOf(phrases), Map.copyOf(labels));
    }

    /** Lower-cased word tokens of a line, numbers left out. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!NUMBER.matcher(m.group()).matches()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    /** Matches one line against the vocabulary. */
    VocabularyMatch match(String line) {
        List<String> tokens = tokens(line);
        Set<InterfaceKind> whole = Set.of();
        Set<InterfaceKind> leading = Set.of();
        EnumSet<InterfaceKind> hits = EnumSet.noneOf(InterfaceKind.class);
        int counted = 0;
        int covered = 0;
        int chrome = 0;
        int i = 0;
        while (i < tokens.size()) {
            int length = Math.min(longest, tokens.size() - i);
            Set<InterfaceKind> kinds = null;
            for (; length > 0; length--) {
                kinds = phrases.get(String.join(" ", tokens.subList(i, i + length)));
                if (kinds != null) {
                    break;
                }
            }
            if (kinds == null) {
                counted++;
                i++;
                continue;
            }
            if (i == 0) {
                leading = kinds;
                if (length == tokens.size()) {
                    whole = kinds;
                }
            }
            hits.addAll(kinds);
            if (!kinds.equals(Set.of(InterfaceKind.CONNECTOR))) {
                counted += length;
                covered += length;
                if (kinds.stream().anyMatch(InterfaceKind::isChrome)) {
                    chrome += length;
                }
            }
            i += length;
        }
        double denominator = Math.max(1, counted);
        return new VocabularyMatch(whole, label(line), leading, hits, chrome / denominator, covered / denominator);
    }

    /** The kind of the label that opens the line ("Baca juga:", "Tag:", "Foto:"), or null. */
    InterfaceKind label(String line) {
        Matcher m = labels.matcher(line);
        if (!m.find()) {
            return null;
        }
        return labelKinds.get(String.join(" ", tokens(m.group(1))));
    }
}
