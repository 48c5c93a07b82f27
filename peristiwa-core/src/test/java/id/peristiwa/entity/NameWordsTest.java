package id.peristiwa.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words of the pack's names, by kind, as a statistical tagger reads them. */
class NameWordsTest {
    private static final Dictionaries PACK = Dictionaries.indonesian();
    private static final NameWords ORGANIZATIONS = PACK.nameWords(MentionKind.ORGANIZATION);
    private static final NameWords COUNTRIES = PACK.nameWords(MentionKind.COUNTRY);

    @Test
    void oneWordNamesAreWholeAndLongerNamesHaveFirstAndLaterWords() {
        assertThat(ORGANIZATIONS.parts("RCTI")).isEqualTo(NameWords.WHOLE);
        assertThat(ORGANIZATIONS.parts("Trans")).isEqualTo(NameWords.FIRST);
        assertThat(ORGANIZATIONS.parts("Pembaruan")).isEqualTo(NameWords.LATER);
        // "Golkar" and "Partai Golkar" both.
        assertThat(ORGANIZATIONS.parts("Golkar")).isEqualTo(NameWords.WHOLE | NameWords.LATER);
        assertThat(ORGANIZATIONS.parts("menyiarkan")).isZero();
    }

    @Test
    void aNameWrittenWithACapitalNeedsOne() {
        // The agency, and the preposition "between".
        assertThat(ORGANIZATIONS.parts("Antara")).isEqualTo(NameWords.WHOLE | NameWords.FIRST);
        assertThat(ORGANIZATIONS.parts("antara")).isZero();
        // Written in lower case by the outlet itself, so any case will do.
        assertThat(ORGANIZATIONS.parts("TvOne")).isEqualTo(NameWords.WHOLE);
    }

    @Test
    void exactCaseNamesAreWholeOnlyAsWritten() {
        // Also a later word of a longer country name.
        assertThat(COUNTRIES.parts("AS") & NameWords.WHOLE).isEqualTo(NameWords.WHOLE);
        assertThat(COUNTRIES.parts("as")).isZero();
        assertThat(ORGANIZATIONS.parts("UNICEF")).isEqualTo(NameWords.WHOLE);
        assertThat(ORGANIZATIONS.parts("unicef")).isZero();
    }

    @Test
    void eachKindKeepsToItsOwnNames() {
        assertThat(PACK.nameWords(MentionKind.LOCATION).parts("Jenewa")).isEqualTo(NameWords.WHOLE);
        assertThat(ORGANIZATIONS.parts("Jenewa")).isZero();
        // A title is a sector word, not a name.
        assertThat(PACK.nameWords(MentionKind.PERSON).parts("Presiden")).isZero();
    }
}
