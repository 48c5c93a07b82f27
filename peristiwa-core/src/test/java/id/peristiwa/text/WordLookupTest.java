package id.peristiwa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordLookupTest {
    @Test
    void answersTheMapsWordsAndNothingElseAndKeepsItsOwnCopy() {
        Map<String, Integer> cues = new HashMap<>(Map.of("kata", 1, "menurut", 2, "ujar", 3));
        WordLookup<Integer> lookup = WordLookup.of(cues, 8);
        cues.put("tambah", 4);
        assertThat(lookup.get("kata")).isEqualTo(1);
        assertThat(lookup.get("menurut")).isEqualTo(2);
        assertThat(lookup.get("ujar")).isEqualTo(3);
        assertThat(lookup.get("tambah")).isNull();
        assertThat(lookup.get("Kata")).isNull();
        for (int i = 0; i < 1_000; i++) {
            assertThat(lookup.get("bukan" + i)).isNull();
        }
    }
}
