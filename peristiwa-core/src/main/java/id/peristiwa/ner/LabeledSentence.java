package id.peristiwa.ner;

import java.util.List;

/**
 * One sentence of a labelled CoNLL file: its words and one BIO label per word.
 *
 * @param words  the words as written
 * @param labels BIO labels ({@code O}, {@code B-TYPE}, {@code I-TYPE}), as many as words
 */
public record LabeledSentence(List<String> words, List<String> labels) {
    public LabeledSentence {
        words = List.copyOf(words);
        labels = List.copyOf(labels);
        if (words.size() != labels.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + labels.size() + " labels");
        }
    }
}
