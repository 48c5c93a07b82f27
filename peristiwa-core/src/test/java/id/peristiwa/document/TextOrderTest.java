package id.peristiwa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextOrderTest {

    @Test
    void findsTheFirstAtOrAfterAPosition() {
        int[] starts = {0, 4, 4, 9, 15};
        assertThat(TextOrder.firstAtOrAfter(starts.length, i -> starts[i], -3)).isZero();
        assertThat(TextOrder.firstAtOrAfter(starts.length, i -> starts[i], 4)).as("the first of equals").isEqualTo(1);
        assertThat(TextOrder.firstAtOrAfter(starts.length, i -> starts[i], 5)).isEqualTo(3);
        assertThat(TextOrder.firstAtOrAfter(starts.length, i -> starts[i], 15)).isEqualTo(4);
        assertThat(TextOrder.firstAtOrAfter(starts.length, i -> starts[i], 16)).as("none").isEqualTo(5);
        assertThat(TextOrder.firstAtOrAfter(0, i -> 0, 1)).isZero();
    }

    @Test
    void agreesWithAScan() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            int[] positions = new int[random.nextInt(20)];
            for (int i = 1; i < positions.length; i++) {
                positions[i] = positions[i - 1] + random.nextInt(3);
            }
            for (int at = -1; at < 45; at++) {
                int expected = 0;
                while (expected < positions.length && positions[expected] < at) {
                    expected++;
                }
                assertThat(TextOrder.firstAtOrAfter(positions.length, i -> positions[i], at)).isEqualTo(expected);
            }
        }
    }
}
