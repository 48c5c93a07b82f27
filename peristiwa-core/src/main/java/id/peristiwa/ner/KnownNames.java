package id.peristiwa.ner;

import id.peristiwa.entity.Dictionaries;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.entity.NameWords;
import java.util.List;

/**
 * Which names of the language pack's gazetteer a word can be part of, by kind: features that let the tagger
 * tell a known broadcaster, party or agency ("RCTI", "Golkar", "UNICEF") from an unknown capitalized word.
 * Always the pack's dictionaries alone, never a user's directories, so that a model scores the same text the
 * same way wherever it runs. Immutable.
 */
final class KnownNames {
    /** The kinds, each taking {@link #BITS} bits of a word's value in this order. */
    static final List<MentionKind> KINDS = List.of(MentionKind.PERSON, MentionKind.ORGANIZATION,
            MentionKind.LOCATION, MentionKind.COUNTRY);
    /** Bits per kind: {@link NameWords#WHOLE}, {@link NameWords#FIRST}, {@link NameWords#LATER}. */
    static final int BITS = 3;

    private final List<NameWords> words;

    KnownNames(Dictionaries dictionaries) {
        this.words = KINDS.stream().map(dictionaries::nameWords).toList();
    }

    /** The pack's known names, read once. */
    static KnownNames indonesian() {
        return Bundled.NAMES;
    }

    /**
     * The parts {@code word} (as written) plays in known names: kind {@code k}'s {@link NameWords} parts at bit
     * {@code k * BITS}; 0 for a word in no known name.
     */
    int of(String word) {
        int value = 0;
        for (int k = 0; k < words.size(); k++) {
            value |= words.get(k).parts(word) << k * BITS;
        }
        return value;
    }

    private static final class Bundled {
        static final KnownNames NAMES = new KnownNames(Dictionaries.indonesian());
    }
}
