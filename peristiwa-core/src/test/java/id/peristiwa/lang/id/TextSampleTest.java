package id.peristiwa.lang.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSampleTest {
    @Test
    void shortTextIsKeptWhole() {
        assertThat(new TextSample(3, 20).of("Harga cabai naik tajam.")).isEqualTo("Harga cabai naik tajam.");
    }

    @Test
    void longTextGivesWindowsFromStartMiddleAndEndCutAtWhitespace() {
        String text = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj"; // 49 characters
        assertThat(new TextSample(3, 10).of(text)).isEqualTo("aaaa bbbb\neeee ffff\niiii jjjj\n");
    }

    @Test
    void unbrokenTextIsCutAtTheWindowEnd() {
        assertThat(new TextSample(2, 3).of("abcdefghij")).isEqualTo("abc\nhij\n");
    }
}
