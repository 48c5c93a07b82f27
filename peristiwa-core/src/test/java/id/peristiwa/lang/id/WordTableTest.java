package id.peristiwa.lang.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private final WordTable table = new WordTable(List.of("bahwa", "karena", "yang", "persen"));

    @Test
    void findsAWordInsideATextInAnyCase() {
        String text = "Ia berkata BAHWA harga naik 3 Persen, karenanya";
        assertThat(table.indexOf(text, 11, 16)).isEqualTo(0);
        assertThat(table.indexOf(text, 30, 36)).isEqualTo(3);
    }

    @Test
    void aPrefixOrALongerWordIsNotTheWord() {
        String text = "karenanya kare";
        assertThat(table.indexOf(text, 0, 9)).isEqualTo(-1);
        assertThat(table.indexOf(text, 10, 14)).isEqualTo(-1);
        assertThat(table.indexOf(text, 0, 6)).isEqualTo(1);
    }

    @Test
    void anEmptyTableFindsNothingAndDuplicatesAreRefused() {
        assertThat(new WordTable(List.of()).indexOf("yang", 0, 4)).isEqualTo(-1);
        assertThatThrownBy(() -> new WordTable(List.of("yang", "yang"))).isInstanceOf(IllegalArgumentException.class);
    }
}
