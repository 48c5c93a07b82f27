package id.peristiwa.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.peristiwa.document.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: megabytes without a boundary, runs of one kind of character, unbalanced marks. Segmentation
 * must return (its look-ahead is bounded, nothing is copied per character) and must not throw; the tests assert
 * what comes back, never how long it took.
 */
class SegmenterRobustnessTest {
    private static final Segmenter SEGMENTER = Segmenter.indonesian();
    private static final int FIVE_MB = 5 * 1024 * 1024;

    private static List<Span> sentences(String text) {
        return SEGMENTER.sentences(text, List.of(new Span(0, text.length())), null);
    }

    private static List<Token> tokens(String text) {
        return SEGMENTER.tokens(text, new Span(0, text.length()));
    }

    /** {@code unit} repeated until the text is at least {@code length} characters, trailing space removed. */
    private static String repeat(String unit, int length) {
        return unit.repeat((length + unit.length() - 1) / unit.length()).strip();
    }

    @Test
    void fiveMegabytesWithoutPunctuationAreOneSentence() {
        String text = repeat("warga menunggu bantuan di posko pengungsian ", FIVE_MB);

        assertThat(sentences(text)).containsExactly(new Span(0, text.length()));
        assertThat(tokens(text)).hasSize(text.split(" ").length);
    }

    @Test
    void fiveMegabytesWithoutSpaceAreOneToken() {
        String text = repeat("Rp5", FIVE_MB);

        // "Rp" is split from the first amount only; the rest is one run of letters and digits.
        assertThat(tokens(text)).extracting(Token::start, Token::end)
                .containsExactly(tuple(0, 2), tuple(2, text.length()));
        assertThat(sentences(text)).containsExactly(new Span(0, text.length()));
    }

    @Test
    void onlyDigitsAreNumbers() {
        String run = repeat("7", 1_000_000);
        String spaced = repeat("2024 ", 1_000_000);

        assertThat(tokens(run)).singleElement().satisfies(t -> assertThat(t.flags()).containsExactly(TokenFlag.NUMBER));
        assertThat(sentences(run)).containsExactly(new Span(0, run.length()));
        assertThat(tokens(spaced)).hasSize(200_000).allMatch(t -> t.is(TokenFlag.NUMBER));
        assertThat(sentences(spaced)).containsExactly(new Span(0, spaced.length()));
    }

    @Test
    void onlyEmojiAreSymbols() {
        String thumbs = "\uD83D\uDC4D\uD83C\uDFFD".repeat(100_000);
        String family = repeat("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 ", 1_000_000);

        assertThat(tokens(thumbs)).hasSize(100_000).allMatch(t -> t.is(TokenFlag.SYMBOL) && t.end() - t.start() == 4);
        assertThat(sentences(thumbs)).containsExactly(new Span(0, thumbs.length()));
        assertThat(tokens(family)).hasSize(family.split(" ").length).allMatch(t -> t.end() - t.start() == 8);
        assertThat(sentences(family)).containsExactly(new Span(0, family.length()));
    }

    @Test
    void aHundredThousandCapitalizedWordsAreOneSentence() {
        String names = repeat("Jakarta ", 8 * 100_000);
        String initials = repeat("B. ", 3 * 100_000);
        String titles = repeat("Dr. ", 4 * 100_000) + " Siti.";

        assertThat(tokens(names)).hasSize(100_000);
        assertThat(sentences(names)).containsExactly(new Span(0, names.length()));
        assertThat(tokens(initials)).hasSize(100_000).allMatch(t -> t.is(TokenFlag.INITIAL));
        assertThat(sentences(initials)).containsExactly(new Span(0, initials.length()));
        assertThat(sentences(titles)).containsExactly(new Span(0, titles.length()));
    }

    @Test
    void aHundredThousandUnbalancedMarksReturn() {
        String quotes = repeat("\"Ya. ", 5 * 100_000);
        String brackets = repeat("(Ya. ", 5 * 100_000);
        String periods = ".".repeat(100_000);

        assertThat(sentences(quotes)).hasSize(100_000);
        assertThat(sentences(brackets)).hasSize(100_000);
        assertThat(tokens(periods)).singleElement().satisfies(t -> assertThat(t.end()).isEqualTo(100_000));
        assertThat(sentences(periods)).containsExactly(new Span(0, 100_000));
    }
}
