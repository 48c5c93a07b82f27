package id.peristiwa.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFilterTest {
    private static final List<String> KEYS = List.of("baca", "juga", "foto", "berita terkait", "ikuti", "é");

    @Test
    void everyAddedKeyMayBeThereWholeOrAsARangeOfALongerText() {
        KeyFilter filter = new KeyFilter(10);
        KEYS.forEach(filter::add);
        String line = "« baca juga: foto ikuti é berita terkait";
        for (String key : KEYS) {
            assertThat(filter.mayContain(key)).as(key).isTrue();
            int at = line.indexOf(key);
            assertThat(filter.mayContain(line, at, at + key.length())).as(key).isTrue();
        }
    }

    @Test
    void mostWordsNeverAddedAreTurnedAway() {
        KeyFilter filter = new KeyFilter(14);
        KEYS.forEach(filter::add);
        int passed = 0;
        int words = 5_000;
        for (int i = 0; i < words; i++) {
            String word = "kata" + i;
            boolean whole = filter.mayContain(word);
            String text = "(" + word + ")";
            assertThat(filter.mayContain(text, 1, text.length() - 1)).as(word).isEqualTo(whole);
            passed += whole ? 1 : 0;
        }
        // Six keys set at most six of 16,384 bits: few of the other words can land on one.
        assertThat(passed).isLessThan(words / 100);
    }

    @Test
    void anEmptyFilterTurnsAwayEverything() {
        KeyFilter filter = new KeyFilter(6);
        assertThat(filter.mayContain("")).isFalse();
        assertThat(filter.mayContain("baca", 0, 4)).isFalse();
    }

    @Test
    void aSizeOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> new KeyFilter(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyFilter(25)).isInstanceOf(IllegalArgumentException.class);
    }
}
