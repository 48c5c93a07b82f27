package id.peristiwa.attribution;

import id.peristiwa.document.Span;
import id.peristiwa.extract.NewsOutlets;
import id.peristiwa.ner.ConllCorpus;
import id.peristiwa.ner.LabeledSentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A statement-attribution corpus in BILOU token/label form (PFSA-ID), read back into article texts. The file is
 * one stream of news stories, each opening with its dateline ("JAKARTA , KOMPAS —"), with sentence breaks where
 * its own splitter put them (an opening mark often ends the sentence before); so a story is the unit, its text
 * rebuilt from the tokens as a newspaper would print them: no space before closing punctuation, none inside
 * brackets, quotation marks against the words they enclose (an ambiguous mark opens or closes by turns).
 */
final class AttributionCorpus {

    /** One story: its rebuilt text, each token's span in it, and the gold entities over token indexes. */
    record Story(String text, List<Span> tokens, List<Entity> gold) {
    }

    /** An entity over tokens {@code [first, last]}. */
    record Entity(String label, int first, int last) {
    }

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "?", "!", ")", "]", "%", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[");
    private static final String OPENERS = "\u201C\u201E\u00AB";
    private static final String CLOSERS = "\u00BB";
    private static final String TOGGLES = "\u201D\"";

    private AttributionCorpus() {
    }

    /** The stories of {@code file}, gold entities restricted to {@code labels}. */
    static List<Story> read(Path file, Set<String> labels) throws IOException {
        NewsOutlets outlets = NewsOutlets.indonesian();
        List<Story> stories = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (LabeledSentence sentence : ConllCorpus.read(file)) {
            if (!words.isEmpty() && opensStory(sentence.words(), outlets)) {
                stories.add(story(words, tags, labels));
                words.clear();
                tags.clear();
            }
            words.addAll(sentence.words());
            tags.addAll(sentence.labels());
        }
        if (!words.isEmpty()) {
            stories.add(story(words, tags, labels));
        }
        return stories;
    }

    /** A dateline: a capitalized place, a comma and a known outlet among the first words. */
    private static boolean opensStory(List<String> words, NewsOutlets outlets) {
        for (int i = 1; i + 1 < Math.min(words.size(), 6); i++) {
            if (words.get(i).equals(",") && outlets.isKnown(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Story story(List<String> words, List<String> tags, Set<String> labels) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>(words.size());
        boolean quoteOpen = false;
        boolean glueNext = true;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean mark = word.length() == 1 && (OPENERS + CLOSERS + TOGGLES).indexOf(word.charAt(0)) >= 0;
            boolean opens = mark && (OPENERS.indexOf(word.charAt(0)) >= 0
                    || TOGGLES.indexOf(word.charAt(0)) >= 0 && opensHere(words, i, quoteOpen));
            boolean glue = glueNext || NO_SPACE_BEFORE.contains(word) || mark && !opens;
            if (!glue) {
                text.append(' ');
            }
            spans.add(new Span(text.length(), text.length() + word.length()));
            text.append(word);
            if (mark) {
                quoteOpen = opens;
            }
            glueNext = NO_SPACE_AFTER.contains(word) || opens;
        }
        return new Story(text.toString(), List.copyOf(spans), entities(tags, labels));
    }

    /**
     * Whether the ambiguous mark at word {@code i} opens: not after a comma or before a lower-case word (",” kata"),
     * which only a closing mark is; else by turns.
     */
    private static boolean opensHere(List<String> words, int i, boolean quoteOpen) {
        String before = i > 0 ? words.get(i - 1) : ".";
        String after = i + 1 < words.size() ? words.get(i + 1) : ".";
        if (before.equals(",") || Character.isLowerCase(after.codePointAt(0))) {
            return false;
        }
        return !quoteOpen;
    }

    /** BILOU entities: B..L or U, of the given labels; a malformed run is dropped. */
    static List<Entity> entities(List<String> tags, Set<String> labels) {
        List<Entity> entities = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag.length() < 3 || tag.charAt(1) != '-' || !labels.contains(tag.substring(2))) {
                start = -1;
                continue;
            }
            String label = tag.substring(2);
            switch (tag.charAt(0)) {
                case 'U' -> entities.add(new Entity(label, i, i));
                case 'B' -> start = i;
                case 'L' -> {
                    if (start >= 0 && tags.get(start).substring(2).equals(label)) {
                        entities.add(new Entity(label, start, i));
                    }
                    start = -1;
                }
                default -> {
                }
            }
        }
        return entities;
    }
}
