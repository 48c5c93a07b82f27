package id.peristiwa.text;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of tokens and sentences on text made of news-like pieces in any order. */
class SegmenterProperties {
    private static final Segmenter SEGMENTER = Segmenter.indonesian();

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.of("Presiden", "Dr.", "dkk.", "B.", "rumahnya", "anak-anak", "19-21",
                "Rp28.500", "1,5", "10.15", ".", "...", "?", "!", ",", "\"", "\u201C", "\u201D", "'", "-", "\u2013",
                "https://bps.go.id/x.", "humas@polri.go.id", "#Pemilu", "@jokowi", "\uD83D\uDC4D", "km\u00B2", "(", ")",
                " ", " ", "\n\n", "Ia", "pergi", "kata", "S.H.", "Jl.", "\u00A0");
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property
    void tokensAreOrderedDisjointAndNeverSpace(@ForAll("newsLike") String text) {
        List<Token> tokens = SEGMENTER.tokens(text, new Span(0, text.length()));

        int previousEnd = 0;
        for (Token token : tokens) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.end()).isLessThanOrEqualTo(text.length());
            assertThat(Characters.isSpace(text.codePointAt(token.start()))).isFalse();
            assertThat(Characters.isSpace(text.codePointBefore(token.end()))).isFalse();
            previousEnd = token.end();
        }
        StringBuilder rest = new StringBuilder(text);
        for (Token token : tokens.reversed()) {
            rest.delete(token.start(), token.end());
        }
        assertThat(rest.toString().codePoints().allMatch(Characters::isSpace)).isTrue();
    }

    @Property
    void sentencesStayInsideTheirParagraphsAndCoverEveryToken(@ForAll("newsLike") String text) {
        List<Span> paragraphs = paragraphs(text);

        List<Span> sentences = SEGMENTER.sentences(text, paragraphs, null);

        int tokenCount = 0;
        for (Span paragraph : paragraphs) {
            tokenCount += SEGMENTER.tokens(text, paragraph).size();
        }
        int covered = 0;
        int previousEnd = 0;
        for (Span sentence : sentences) {
            assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(paragraphs).anyMatch(p -> p.start() <= sentence.start() && sentence.end() <= p.end());
            covered += SEGMENTER.tokens(text, sentence).size();
            previousEnd = sentence.end();
        }
        assertThat(covered).isEqualTo(tokenCount);
    }

    private static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", start)) {
            paragraphs.add(new Span(start, at));
            start = at + 2;
        }
        paragraphs.add(new Span(start, text.length()));
        return paragraphs;
    }
}
