package id.peristiwa.entity;

import static id.peristiwa.entity.ArticleHomeTest.codes;
import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Acronyms an article spells out: as something else they lose their code, as the same actor they keep it. */
class DefinedAcronymsTest {

    @Test
    void anAcronymSpelledOutAsSomethingElseIsNotTheActorOfTheSameLetters() {
        assertThat(codes("Pemerintah provinsi menaikkan tarif pajak kendaraan bermotor (PKB) mulai Januari. "
                + "Pendapatan dari PKB naik 12 persen, kata Gubernur Jawa Barat."))
                .noneMatch(c -> c.startsWith("PKB"));
        assertThat(codes("Kementerian membatalkan Ujian Nasional (UN) tahun ini. Nilai UN tidak lagi menentukan "
                + "kelulusan."))
                .noneMatch(c -> c.startsWith("UN"));
    }

    @Test
    void anAcronymSpelledOutAsTheSameActorKeepsItsCode() {
        assertThat(codes("Ketua Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar bertemu Presiden. "
                + "PKB mendukung rencana itu."))
                .filteredOn("PKB=IDNPTY"::equals).hasSize(2);
    }

    @Test
    void anAcronymWhoseWordsTheGazetteerDoesNotListKeepsItsCodeWhateverWordsDefineIt() {
        assertThat(codes("Laporan World Health Organization (WHO) menyebut kasus naik. WHO meminta negara waspada."))
                .filteredOn(c -> c.startsWith("WHO=")).containsExactly("WHO=IGOUNOHLHWHO", "WHO=IGOUNOHLHWHO");
    }

    @Test
    void anAcronymNotSpelledOutKeepsItsCode() {
        assertThat(codes("Sekretaris Jenderal PBB menyerukan gencatan senjata. Juru bicara (PBB) mengulanginya."))
                .contains("PBB=IGOUNO");
    }

    @Test
    void wordsRightBeforeTheParenthesisSpellTheAcronym() {
        String text = "tarif pajak kendaraan bermotor (PKB)";
        Span words = DefinedAcronyms.spelledOut(text, text.indexOf('('), "PKB");
        assertThat(text.substring(words.start(), words.end())).isEqualTo("pajak kendaraan bermotor");
        assertThat(DefinedAcronyms.spelledOut("kendaraan bermotor (PKB)", 19, "PKB")).isNull();
        String un = "Perserikatan Bangsa-Bangsa (PBB)";
        assertThat(DefinedAcronyms.spelledOut(un, un.indexOf('('), "PBB")).isEqualTo(new Span(0, 26));
        assertThat(DefinedAcronyms.initials("Perserikatan Bangsa-Bangsa")).isEqualTo("PBB");
        assertThat(DefinedAcronyms.initials("Dewan Keamanan, PBB")).isEmpty();
        assertThat(DefinedAcronyms.spelledOut("pajak, kendaraan bermotor (PKB)", 26, "PKB")).isNull();
        assertThat(DefinedAcronyms.spelledOut("(PKB)", 0, "PKB")).isNull();
        assertThat(DefinedAcronyms.isAcronym("UN")).isTrue();
        Set<String> kpk = Set.of("komisi pemberantasan korupsi");
        assertThat(DefinedAcronyms.isOneOf("komisi pemberantas korupsi", kpk)).isTrue();
        assertThat(DefinedAcronyms.isOneOf("komisi pemberantasan korupsi", kpk)).isTrue();
        assertThat(DefinedAcronyms.isOneOf("komisi pemberantasan korupsy", kpk)).isTrue();
        assertThat(DefinedAcronyms.isOneOf("komisi pemberantasn korupsi", kpk)).isTrue();
        assertThat(DefinedAcronyms.isOneOf("komisi pemberantasan", kpk)).isFalse();
        assertThat(DefinedAcronyms.isOneOf("kantor pajak kota", kpk)).isFalse();
        assertThat(DefinedAcronyms.isOneOf("komisi pembrntasan korupsi", kpk)).isFalse();
        assertThat(DefinedAcronyms.isAcronym("Un")).isFalse();
        assertThat(DefinedAcronyms.isAcronym("U")).isFalse();
    }
}
