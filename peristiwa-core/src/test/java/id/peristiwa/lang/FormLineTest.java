package id.peristiwa.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormLineTest {

    @Test
    void formsKeepTheirMarksAndValuesSplitAtSpaces() {
        FormLine line = FormLine.parse("Amerika Serikat | =AS |  Paman Sam => USA metonym");

        assertThat(line.forms()).containsExactly("Amerika Serikat", "=AS", "Paman Sam");
        assertThat(line.values()).containsExactly("USA", "metonym");
        assertThat(line.value()).isEqualTo("USA metonym");
    }

    @Test
    void aLineWithoutArrowHasNoValues() {
        assertThat(FormLine.parse("pekan lalu | minggu lalu")).isEqualTo(
                new FormLine(List.of("pekan lalu", "minggu lalu"), List.of()));
    }

    @Test
    void aLineWithoutFormsIsRejected() {
        assertThatThrownBy(() -> FormLine.parse(" | => KOR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no form");
    }
}
