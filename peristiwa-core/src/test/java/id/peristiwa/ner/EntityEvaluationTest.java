package id.peristiwa.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityEvaluationTest {

    @Test
    void readsChunksTheWayConllevalDoes() {
        // An I- after O or after another type starts a chunk; a B- always does.
        assertThat(EntityChunk.of(List.of("B-PERSON", "I-PERSON", "O", "I-LOCATION", "I-LOCATION", "B-LOCATION",
                "I-PERSON", "B-PERSON")))
                .containsExactly(new EntityChunk(0, 2, "PERSON"), new EntityChunk(3, 5, "LOCATION"),
                        new EntityChunk(5, 6, "LOCATION"), new EntityChunk(6, 7, "PERSON"),
                        new EntityChunk(7, 8, "PERSON"));
    }

    @Test
    void scoresExactSpanAndTypeOnly() {
        // Menteri Luar Negeri Sugiono bertemu Wang Yi di Beijing , kata Kementerian Luar Negeri .
        List<String> gold = List.of("O", "O", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-LOCATION",
                "O", "O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O");
        // Sugiono right; "Wang" alone (wrong span); Beijing typed as a person; the ministry right; "kata" spurious.
        List<String> predicted = List.of("O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "B-PERSON",
                "O", "B-LOCATION", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O");
        EntityEvaluation e = EntityEvaluation.score(List.of(gold), List.of(predicted));

        assertThat(e.byType().get("PERSON")).isEqualTo(new EntityEvaluation.Counts(2, 3, 1));
        assertThat(e.byType().get("LOCATION")).isEqualTo(new EntityEvaluation.Counts(1, 1, 0));
        assertThat(e.byType().get("ORGANIZATION")).isEqualTo(new EntityEvaluation.Counts(1, 1, 1));
        assertThat(e.total()).isEqualTo(new EntityEvaluation.Counts(4, 5, 2));
        // PERSON: P 1/3, R 1/2, F 0.4; LOCATION 0; ORGANIZATION 1: macro 1.4 / 3. Micro: P 2/5, R 2/4.
        assertThat(e.macroF1()).isCloseTo(1.4 / 3, within(1e-12));
        assertThat(e.microF1()).isCloseTo(2 * 0.4 * 0.5 / 0.9, within(1e-12));
        assertThat(e.toString()).endsWith("\nmacro_f1=0.4667 micro_f1=0.4444");
    }

    @Test
    void ignoresGoldTypesTheMappingLeavesOut() {
        TagMapping map = TagMapping.parse("PPL=PERSON,PLC=LOCATION,IND=ORGANIZATION");
        assertThat(map.apply(List.of("B-PPL", "I-PPL", "O", "B-EVT", "I-EVT", "B-PLC")))
                .containsExactly("B-PERSON", "I-PERSON", "O", "O", "O", "B-LOCATION");
        TagMapping personsOnly = TagMapping.parse("PERSON=PERSON");
        assertThat(personsOnly.keepMapped(List.of("B-PERSON", "B-LOCATION", "I-LOCATION")))
                .containsExactly("B-PERSON", "O", "O");
    }

    @Test
    void nothingPredictedAndNothingGoldScoresZero() {
        EntityEvaluation e = EntityEvaluation.score(List.of(List.of("O")), List.of(List.of("O")));
        assertThat(e.macroF1()).isZero();
        assertThat(e.toString()).endsWith("macro_f1=0.0000 micro_f1=0.0000");
    }
}
