package id.peristiwa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordOccurrencesTest {

    @Test
    void countsOnlyWholeWords() {
        String sentence = "ASEAN dan AS membahas sikap AS terhadap Myanmar.";
        assertThat(WordOccurrences.starts(sentence, "AS")).containsExactly(10, 28);
        assertThat(WordOccurrences.starts("Ia tak datang, tidak juga menelepon.", "tak")).containsExactly(3);
        assertThat(WordOccurrences.starts("Kecaman Korut.", "")).isEmpty();
    }
}
