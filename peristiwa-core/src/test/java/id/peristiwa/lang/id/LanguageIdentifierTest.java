package id.peristiwa.lang.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = LanguageIdentifier.standard();

    @Test
    void indonesianNews() {
        LanguageGuess guess = identifier.identify("""
                Pemerintah Provinsi Jawa Tengah menetapkan status tanggap darurat banjir selama 14 hari setelah \
                tanggul Sungai Wulan jebol di Kabupaten Demak. Gubernur mengatakan bahwa lebih dari 20.000 warga \
                mengungsi dan kerugian ditaksir mencapai Rp150 miliar. Polisi menutup jalur pantura karena \
                genangan setinggi satu meter.""");
        assertThat(guess.code()).isEqualTo("id");
        assertThat(guess.confidence()).isGreaterThan(0.99);
    }

    @Test
    void malaysianMalayNews() {
        LanguageGuess guess = identifier.identify("""
                Kerajaan negeri Johor memaklumkan bahawa bekalan air di daerah Kluang akan terganggu selama dua \
                hari mulai Isnin kerana kerja-kerja menaik taraf loji rawatan. Pengerusi jawatankuasa berkata \
                lori tangki akan dihantar ke kawasan terjejas, manakala hospital dan sekolah diberi keutamaan.""");
        assertThat(guess.code()).isEqualTo("ms");
        assertThat(guess.confidence()).isGreaterThan(0.99);
    }

    @Test
    void englishNews() {
        assertThat(identifier.identify("""
                The foreign ministers of Indonesia and Australia met in Canberra on Monday to discuss maritime \
                security, fisheries and a new agreement on education exchanges.""").code()).isEqualTo("en");
    }

    @Test
    void otherLanguagesAreLabelledNotForcedIntoIndonesian() {
        assertThat(identifier.identify("""
                Der indonesische Präsident hat am Dienstag in Jakarta eine neue Regierung vereidigt, die sich vor \
                allem um die Wirtschaft und die Verlegung der Hauptstadt kümmern soll.""").code()).isEqualTo("de");
        assertThat(identifier.identify("""
                Le président indonésien a reçu mardi à Jakarta le Premier ministre australien pour évoquer la \
                sécurité maritime et les échanges commerciaux entre les deux pays.""").code()).isEqualTo("fr");
        assertThat(identifier.identify("""
                Nagpulong ang mga pinuno ng ASEAN sa Jakarta noong Martes upang pag-usapan ang kalagayan sa \
                Myanmar at ang mga alitan sa karagatan ng rehiyon.""").code()).isEqualTo("tl");
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertThat(identifier.identify("Jakarta, 12/8 (ANTARA)")).isEqualTo(new LanguageGuess("und", 0.0));
        assertThat(identifier.identify("")).isEqualTo(new LanguageGuess("und", 0.0));
    }

    @Test
    void longTextIsJudgedOnASpreadSample() {
        String paragraph = "Presiden meminta seluruh menteri mempercepat penyaluran bantuan sosial kepada warga "
                + "yang terdampak kenaikan harga beras di berbagai daerah. ";
        String longText = paragraph.repeat(2_000);
        assertThat(longText.length()).isGreaterThan(200_000);
        assertThat(identifier.identify(longText).code()).isEqualTo("id");
    }

    @Test
    void malayDenseWithSharedFunctionWordsIsStillMalay() {
        // Shared function words send the text to the Indonesian-Malay comparison; its Malay spelling decides.
        LanguageGuess guess = identifier.identify("""
                Menteri Besar berkata kerajaan akan menyalurkan bantuan kepada mangsa banjir yang terjejas dan \
                meminta orang ramai supaya tidak panik kerana pasukan penyelamat telah berada di kawasan itu \
                sejak awal pagi untuk memindahkan mereka ke pusat pemindahan sementara.""");
        assertThat(guess.code()).isEqualTo("ms");
    }

    @Test
    void indonesianWithFewMarkerWordsIsComparedWithMalayAlone() {
        // One Indonesian-only word (log-odds 1), too little to skip the models, but the text is plainly of the pair.
        LanguageGuess guess = identifier.identify("""
                Warga yang tinggal di tepi sungai itu diminta untuk tetap waspada dan tidak kembali ke rumah \
                mereka sebelum air surut, ujar petugas kepada wartawan yang datang ke lokasi pada sore hari.""");
        assertThat(guess.code()).isEqualTo("id");
        assertThat(guess.confidence()).isGreaterThan(0.9);
    }
}
