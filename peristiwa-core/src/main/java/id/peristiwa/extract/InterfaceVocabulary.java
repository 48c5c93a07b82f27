package id.peristiwa.extract;

import id.peristiwa.lang.LanguagePackFile;
import id.peristiwa.text.KeyFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words and phrases news sites print around an article, grouped by {@link InterfaceKind}, loaded from a
 * language-pack data file. Immutable and thread-safe.
 */
final class InterfaceVocabulary {

    static final String INDONESIAN = "id/peristiwa/lang/id/interface-vocabulary.txt";


    /** A token trie of the phrases: one walk per line position, no strings built while matching. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Set<InterfaceKind> kinds;
        InterfaceKind label;
        boolean chrome;
        boolean connectorOnly;
    }

    private final Node root;
    /** The phrases' first words. */
    private final KeyFilter firstKeys = new KeyFilter(14);

    private InterfaceVocabulary(Map<String, Set<InterfaceKind>> phrases, Map<String, InterfaceKind> labelKinds) {
        this.root = new Node();
        phrases.forEach((phrase, kinds) -> {
            Node node = insert(phrase);
            node.kinds = kinds;
            node.chrome = kinds.stream().anyMatch(InterfaceKind::isChrome);
            node.connectorOnly = kinds.equals(Set.of(InterfaceKind.CONNECTOR));
        });
        labelKinds.forEach((phrase, kind) -> insert(phrase).label = kind);
    }

    private Node insert(String phrase) {
        Node node = root;
        String[] tokens = phrase.split(" ");
        firstKeys.add(tokens[0]);
        for (String token : tokens) {
            node = node.next.computeIfAbsent(token, t -> new Node());
        }
        return node;
    }

    /** Loads a vocabulary file in the format described in the Indonesian file's header. */
    static InterfaceVocabulary load(String resource) {
        Map<String, Set<InterfaceKind>> phrases = new HashMap<>();
        Map<String, InterfaceKind> labels = new HashMap<>();
        LanguagePackFile.groups(resource).forEach((group, entries) -> {
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
        String lower = line.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        scan(lower, (start, end) -> tokens.add(lower.substring(start, end)));
        return tokens;
    }

    /** Letters and digits; ASCII answered by comparison, the rest by the JDK's tables. */
    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c);
    }

    /** Receives tokens; returns false to stop the scan. */
    private interface TokenSink {
        boolean token(int start, int end);
    }

    /**
     * Finds the word tokens of a lower-cased line: runs of letters and digits, joined inside by one apostrophe,
     * period or hyphen ("e-mail", "ant/rdw" gives two), and the copyright sign; tokens of digits and number
     * punctuation only are left out. Hand-written because it runs on every line of every page.
     */
    private static void scan(String text, TokenSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '©') {
                if (!sink.token(i, i + 1)) {
                    return;
                }
                i++;
                continue;
            }
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean letter = false;
            while (i < n) {
                char d = text.charAt(i);
                if (isWordChar(d)) {
                    letter |= d < 128 ? d > '9' || d < '0' : Character.isLetter(d);
                    i++;
                } else if ((d == '\'' || d == '’' || d == '.' || d == '-') && i + 1 < n
                        && isWordChar(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (letter && !sink.token(start, i)) {
                return;
            }
        }
    }

    /** Matches one line against the vocabulary: longest phrase first, left to right. */
    VocabularyMatch match(String line) {
        return matchLowerCase(line.toLowerCase(Locale.ROOT));
    }

    /** {@link #match} for a line the caller has already lower-cased with {@link Locale#ROOT}. */
    VocabularyMatch matchLowerCase(String lower) {
        return matchLowerCase(lower, Integer.MAX_VALUE);
    }

    /**
     * {@link #match} over the first {@code maxTokens} word tokens of a lower-cased line only. Interface phrases
     * are short and open the lines they label, so for long prose this gives the same label and leading kinds
     * at a fraction of the cost; {@code whole} is empty unless the line has no more tokens than that.
     */
    VocabularyMatch matchLowerCase(String lower, int maxTokens) {
        LineWords words = new LineWords(lower, maxTokens);
        int n = words.count();
        Set<InterfaceKind> whole = Set.of();
        Set<InterfaceKind> leading = Set.of();
        EnumSet<InterfaceKind> hits = EnumSet.noneOf(InterfaceKind.class);
        int counted = 0;
        int covered = 0;
        int chrome = 0;
        int i = 0;
        while (i < n) {
            Node found = null;
            int length = 0;
            Node node = firstKeys.mayContain(lower, words.start(i), words.end(i)) ? root : null;
            for (int j = i; j < n && node != null; j++) {
                node = node.next.get(words.word(j));
                if (node != null && node.kinds != null) {
                    found = node;
                    length = j - i + 1;
                }
            }
            if (found == null) {
                counted++;
                i++;
                continue;
            }
            if (i == 0) {
                leading = found.kinds;
                if (length == n && !words.truncated()) {
                    whole = found.kinds;
                }
            }
            hits.addAll(found.kinds);
            if (!found.connectorOnly) {
                counted += length;
                covered += length;
                if (found.chrome) {
                    chrome += length;
                }
            }
            i += length;
        }
        double denominator = Math.max(1, counted);
        InterfaceKind label = label(lower, words);
        return new VocabularyMatch(whole, label, leading, hits, chrome / denominator, covered / denominator);
    }

    /** The kind of the label that opens the line ("Baca juga:", "Tag:", "Foto:"), or null. */
    InterfaceKind label(String line) {
        return match(line).label();
    }

    /**
     * The longest label phrase that opens the line (only punctuation before it) and is followed by a colon,
     * a dash or a bar; whatever comes after is the label's content.
     */
    private InterfaceKind label(String lower, LineWords words) {
        if (words.count() == 0 || !onlyPunctuation(lower, 0, words.start(0))
                || !firstKeys.mayContain(lower, words.start(0), words.end(0))) {
            return null;
        }
        InterfaceKind label = null;
        Node node = root;
        for (int j = 0; j < words.count(); j++) {
            node = node.next.get(words.word(j));
            if (node == null) {
                break;
            }
            if (node.label != null && separatorFollows(lower, words.end(j))) {
                label = node.label;
            }
        }
        return label;
    }

    /**
     * The word tokens of a lower-cased line ({@link #scan}) as places in it, at most a given number: a word is cut
     * out of the line only when the vocabulary may hold it.
     */
    private static final class LineWords {
        private final String line;
        private int[] bounds = new int[32];
        private int count;
        private boolean truncated;

        LineWords(String line, int most) {
            this.line = line;
            scan(line, (start, end) -> {
                if (count >= most) {
                    truncated = true;
                    return false;
                }
                if (2 * count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                }
                bounds[2 * count] = start;
                bounds[2 * count + 1] = end;
                count++;
                return true;
            });
        }

        int count() {
            return count;
        }

        /** Whether words were left out after the most. */
        boolean truncated() {
            return truncated;
        }

        int start(int word) {
            return bounds[2 * word];
        }

        int end(int word) {
            return bounds[2 * word + 1];
        }

        String word(int word) {
            return line.substring(start(word), end(word));
        }
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean separatorFollows(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && ":-–—|»".indexOf(text.charAt(i)) >= 0;
    }
}
