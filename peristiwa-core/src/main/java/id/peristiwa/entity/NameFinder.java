package id.peristiwa.entity;

import id.peristiwa.text.Sentence;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds the names in one sentence: a gazetteer, a statistical tagger. Implementations are built once and are
 * safe to share between threads.
 */
public interface NameFinder {

    /**
     * The names in {@code sentence}, in text order and not overlapping one another.
     *
     * @param text     the article's clean text, which the sentence's offsets index
     * @param sentence the sentence with its tokens
     * @param asOf     the article's date, deciding which office holders' codes are valid; null for today
     */
    List<Mention> find(String text, Sentence sentence, LocalDate asOf);
}
