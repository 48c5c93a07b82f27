package id.peristiwa.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cue words of the language pack. */
class NameCuesTest {
    private final NameCues cues = NameCues.indonesian();

    @Test
    void knowsOrganizationHeadsTitlesAndPlaceHeads() {
        assertThat(cues.of("komisi")).isEqualTo(NameCues.ORGANIZATION);
        assertThat(cues.of("gubernur")).isEqualTo(NameCues.TITLE);
        assertThat(cues.of("kabupaten")).isEqualTo(NameCues.PLACE);
        assertThat(cues.of("stasiun")).isEqualTo(NameCues.ORGANIZATION | NameCues.PLACE);
        assertThat(cues.of("meresmikan")).isZero();
    }

    @Test
    void wordsAreLookedUpInLowerCaseOnly() {
        assertThat(cues.of("Komisi")).isZero();
    }
}
