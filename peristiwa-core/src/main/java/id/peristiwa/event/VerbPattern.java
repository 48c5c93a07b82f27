package id.peristiwa.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the event dictionary: a word pattern and the event it states.
 *
 * @param id      stable rule id, recorded on every event it produces ("accuse.kecam")
 * @param words   the pattern, one element per token
 * @param type    the PLOVER type
 * @param mode    the PLOVER mode, or null
 * @param context the PLOVER context, or null
 * @param cameo   the CAMEO code
 * @param options how the entry fires and finds its roles
 * @param example a sentence of the entry's own, in which it must fire
 */
record VerbPattern(String id, List<Word> words, PloverType type, String mode, String context, String cameo,
        PatternOptions options, String example) {

    VerbPattern {
        Objects.requireNonNull(id, "id");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty pattern " + id);
        }
    }

    /**
     * One word of a pattern: either a literal that matches only as written, or a root with its forms.
     *
     * @param text  the word as written in the pattern, without "="
     * @param forms surface form to voice; a literal has itself only, with a voice guessed from its shape
     * @param root  whether the word is a root with inflected forms
     */
    record Word(String text, Map<String, Voice> forms, boolean root) {
        Word {
            forms = Map.copyOf(forms);
        }
    }

    /** Total length of the pattern's words: among patterns matching the same tokens, the longer is the more specific. */
    int weight() {
        return words.stream().mapToInt(w -> w.text().length()).sum();
    }
}
