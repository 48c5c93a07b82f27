package id.peristiwa.ner;

import id.peristiwa.lang.LanguagePackFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that hint at the kind of a nearby name: organization heads ("Komisi", "Partai"), titles that stand before
 * a person's name without being part of it ("Gubernur", "Jenderal") and place heads ("Kabupaten", "Gunung"),
 * read from the language pack's {@code name-cues.txt}. A word may be in several groups. Immutable.
 */
final class NameCues {
    static final int ORGANIZATION = 1;
    static final int TITLE = 2;
    static final int PLACE = 4;
    private static final String RESOURCE = "id/peristiwa/lang/id/name-cues.txt";

    private final Map<String, Integer> masks;

    private NameCues(Map<String, Integer> masks) {
        this.masks = Map.copyOf(masks);
    }

    /** The Indonesian cues, read once. */
    static NameCues indonesian() {
        return Bundled.CUES;
    }

    /** The groups of {@code lowerCaseWord} as bits ({@link #ORGANIZATION}, {@link #TITLE}, {@link #PLACE}). */
    int of(String lowerCaseWord) {
        return masks.getOrDefault(lowerCaseWord, 0);
    }

    private static final class Bundled {
        static final NameCues CUES = read();

        private static NameCues read() {
            Map<String, List<String>> groups = LanguagePackFile.groups(RESOURCE);
            Map<String, Integer> masks = new HashMap<>();
            add(masks, groups.get("organization"), ORGANIZATION);
            add(masks, groups.get("title"), TITLE);
            add(masks, groups.get("place"), PLACE);
            return new NameCues(masks);
        }

        private static void add(Map<String, Integer> masks, List<String> words, int bit) {
            if (words == null) {
                throw new IllegalStateException(RESOURCE + " lacks a group for cue " + bit);
            }
            for (String w : words) {
                masks.merge(w, bit, (a, b) -> a | b);
            }
        }
    }
}
