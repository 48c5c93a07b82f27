package id.peristiwa.time;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import id.peristiwa.event.EventDate;
import id.peristiwa.text.Segmenter;
import id.peristiwa.text.Sentence;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

/** Invariants of date expressions on word soup made of date words, numbers and punctuation in any order. */
class EventDatesProperties {
    private static final EventDates DATES = EventDates.indonesian();
    private static final Segmenter SEGMENTER = Segmenter.indonesian();

    @Provide
    Arbitrary<String> dateSoup() {
        return Arbitraries.of("Senin", "Minggu", "minggu", "Februari", "Mei", "bulan", "tahun", "pekan", "hari",
                "lalu", "depan", "ini", "yang", "akan", "pada", "awal", "akhir", "dua", "sepekan", "kemarin", "besok",
                "31", "29", "2", "2019", "1950-an", "3000", "(", ")", "31/1", "29/2", "30/2", "1/13/2023", ",",
                "Korut", "menembakkan", "rudal").list().ofMinSize(1).ofMaxSize(40).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<LocalDate> published() {
        return Dates.dates().between(LocalDate.of(1990, 1, 1), LocalDate.of(2090, 12, 31));
    }

    @Property
    void expressionsAreOrderedDisjointAndInsideTheSentence(@ForAll("dateSoup") String text,
            @ForAll("published") LocalDate published) {
        for (Sentence sentence : SEGMENTER.segment(text, List.of(new Span(0, text.length())), null)) {
            int previousEnd = sentence.span().start();
            for (DateExpression expression : DATES.find(text, sentence, published)) {
                assertThat(expression.span().start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(expression.span().end()).isLessThanOrEqualTo(sentence.span().end());
                assertThat(expression.date().fromText()).isTrue();
                previousEnd = expression.span().end();
            }
        }
    }

    @Property
    void everyEventHasADateWhenThePublicationDateIsKnown(@ForAll("dateSoup") String text,
            @ForAll("published") LocalDate published) {
        for (Sentence sentence : SEGMENTER.segment(text, List.of(new Span(0, text.length())), null)) {
            EventDate date = DATES.resolve(text, sentence, sentence.tokens().getFirst().start() == 0
                    ? new Span(0, 1) : null, published);
            assertThat(date).isNotNull();
            assertThat(date.value().getYear()).isBetween(1880, 2200);
        }
    }
}
