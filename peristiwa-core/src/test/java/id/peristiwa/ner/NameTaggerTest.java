package id.peristiwa.ner;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled model on sentences written for these tests. */
class NameTaggerTest {
    private static final Segmenter SEGMENTER = Segmenter.indonesian();

    private static List<NamedSpan> tag(String sentence) {
        return NameTagger.indonesian().tag(sentence, SEGMENTER.tokens(sentence, new Span(0, sentence.length())));
    }

    @Test
    void findsTheMinistersAndTheCity() {
        String s = "Menteri Luar Negeri Sugiono bertemu Wang Yi di Beijing, Kamis (12/12).";
        assertThat(tag(s)).containsExactly(
                new NamedSpan(3, 4, new Span(20, 27), MentionKind.PERSON),
                new NamedSpan(5, 7, new Span(36, 43), MentionKind.PERSON),
                new NamedSpan(8, 9, new Span(47, 54), MentionKind.LOCATION));
    }

    @Test
    void findsANameItNeverSawAndThePlaceOfTheExamination() {
        String s = "Komisi Pemberantasan Korupsi memeriksa Bupati Sidoarjo Ahmad Muhdlor Ali di Jakarta.";
        assertThat(tag(s)).contains(
                new NamedSpan(6, 9, new Span(55, 72), MentionKind.PERSON),
                new NamedSpan(10, 11, new Span(76, 83), MentionKind.LOCATION));
    }

    @Test
    void wordsLevelTagsAreBio() {
        assertThat(NameTagger.indonesian().tags(List.of("Sugiono", "tiba", "di", "Beijing", ".")))
                .containsExactly("B-PERSON", "O", "O", "B-LOCATION", "O");
    }

    @Test
    void anEmptySentenceHasNoNames() {
        assertThat(NameTagger.indonesian().tag("", List.of())).isEmpty();
        assertThat(NameTagger.indonesian().tags(List.of())).isEmpty();
    }

    @Test
    void wordsWithNoLetterBeginNoNameYetCarryOneOn() {
        List<String> symbols = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            symbols.add(List.of("\uD83D\uDE00", "\uD83C\uDDEE\uD83C\uDDE9", "\uD83D\uDD25\uD83D\uDD25",
                    "\u2764\uFE0F", "2023", "-").get(i % 6));
        }
        assertThat(NameTagger.indonesian().tags(symbols)).containsOnly("O");
        assertThat(NameTagger.indonesian().tags(List.of("Catherine", "Zeta", "-", "Jones", "tiba", "di", "Jakarta")))
                .startsWith("B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O");
    }
}
