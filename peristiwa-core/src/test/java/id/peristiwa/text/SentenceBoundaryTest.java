package id.peristiwa.text;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentence boundaries the treebank error analysis asked for, each on news text, asserted as exact spans: the
 * expected sentences are located in the text in order, so a span one character off fails.
 */
class SentenceBoundaryTest {
    private static final Segmenter SEGMENTER = Segmenter.indonesian();

    private static List<Span> sentences(String text) {
        return SEGMENTER.sentences(text, List.of(new Span(0, text.length())), null);
    }

    /** The spans of {@code expected}, found one after another in {@code text}. */
    private static List<Span> spans(String text, String... expected) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String sentence : expected) {
            int at = text.indexOf(sentence, from);
            assertThat(at).as("\"%s\" in the text", sentence).isGreaterThanOrEqualTo(0);
            spans.add(new Span(at, at + sentence.length()));
            from = at + sentence.length();
        }
        return spans;
    }

    private static void assertSentences(String text, String... expected) {
        assertThat(sentences(text)).containsExactlyElementsOf(spans(text, expected));
    }

    private static List<String> tokens(String text) {
        return SEGMENTER.tokens(text, new Span(0, text.length())).stream()
                .map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void aRemarkInBracketsIsNeverCut() {
        String text = "Dinas Kesehatan menemukan bakteri (Salmonella sp. Typhi) pada sampel nasi kotak. Sekolah "
                + "itu diliburkan dua hari.";

        assertSentences(text,
                "Dinas Kesehatan menemukan bakteri (Salmonella sp. Typhi) pada sampel nasi kotak.",
                "Sekolah itu diliburkan dua hari.");
    }

    @Test
    void aSentenceInBracketsStandsBetweenItsNeighbours() {
        String text = "Harga beras naik 4 persen. (Data diolah dari BPS.) Pedagang mengeluhkan sepinya pembeli.";

        assertSentences(text, "Harga beras naik 4 persen.",
                "(Data diolah dari BPS.)", "Pedagang mengeluhkan sepinya pembeli.");
    }

    @Test
    void anUnclosedBracketOpensNothing() {
        String text = "Korban (berusia 45 tahun. Ia dibawa ke RSUD Cibinong.";

        assertSentences(text, "Korban (berusia 45 tahun.",
                "Ia dibawa ke RSUD Cibinong.");
    }

    @Test
    void aPlainPeriodBeforeALowerCaseWordEndsTheSentence() {
        String text = "Air mulai surut pada Selasa sore. warga kembali membersihkan rumah. Apakah bantuan cukup? "
                + "pertanyaan itu belum dijawab Pemkab Bekasi.";

        assertSentences(text, "Air mulai surut pada Selasa sore.",
                "warga kembali membersihkan rumah.", "Apakah bantuan cukup?",
                "pertanyaan itu belum dijawab Pemkab Bekasi.");
    }

    @Test
    void marksThatContinueBeforeALowerCaseWordDoNotEndTheSentence() {
        String text = "\"Siapa pelakunya?\" tanya Kapolsek. Saham PT Timah Tbk. naik, lalu... turun lagi. "
                + "\"Kami siap!\" seru warga. Ia bekerja di Yahoo! sejak 2010.";

        assertSentences(text, "\"Siapa pelakunya?\" tanya Kapolsek.",
                "Saham PT Timah Tbk. naik, lalu... turun lagi.", "\"Kami siap!\" seru warga.",
                "Ia bekerja di Yahoo! sejak 2010.");
    }

    @Test
    void aSentenceMayStartWithADigit() {
        String text = "Kebakaran terjadi pukul 02.30 WIB. 14 rumah hangus dilalap api.";

        assertSentences(text, "Kebakaran terjadi pukul 02.30 WIB.",
                "14 rumah hangus dilalap api.");
    }

    @Test
    void aPeriodWhoseSpaceWasLostStillEndsTheSentence() {
        String text = "Presiden meninjau tanggul yang jebol di Bekasi.Ia didampingi Gubernur Jawa Barat.";

        assertSentences(text, "Presiden meninjau tanggul yang jebol di "
                + "Bekasi.", "Ia didampingi Gubernur Jawa Barat.");
        assertThat(tokens(text)).contains("Bekasi", ".", "Ia");
        assertThat(tokens("Ia lulusan M.Si dari UGM dan menulis di Kompas.com.")).contains("M.Si", "Kompas.com");
    }

    @Test
    void aRomanNumeralAfterANounIsNoInitial() {
        String text = "Ekonomi tumbuh 5,1 persen pada kuartal I. Angka itu di atas perkiraan. Surat itu diteken "
                + "Menteri B. Sudarsono.";

        assertSentences(text, "Ekonomi tumbuh 5,1 persen pada kuartal I.",
                "Angka itu di atas perkiraan.", "Surat itu diteken Menteri B. Sudarsono.");
        assertThat(tokens(text)).contains("I", ".", "B.");
    }

    @Test
    void theLastLetterOfAHyphenatedAcronymIsNoInitial() {
        String text = "Defisit mencapai 2,1 persen dari APBN-P. \"Masih aman,\" kata Menteri Keuangan.";

        assertSentences(text, "Defisit mencapai 2,1 persen dari APBN-P.",
                "\"Masih aman,\" kata Menteri Keuangan.");
    }

    @Test
    void companyAddressAndContactTitlesStandBeforeWhatTheyName() {
        String text = "Tiket dijual PT. Kereta Api Indonesia di kantornya, JL. Perintis Kemerdekaan, Lt. 3, Telp. "
                + "(021) 5210 123. Pasien dirujuk ke RS. Fatmawati. Dana dikirim a.n. Yayasan Peduli Banjir.";

        assertSentences(text,
                "Tiket dijual PT. Kereta Api Indonesia di kantornya, JL. Perintis Kemerdekaan, Lt. 3, Telp. "
                        + "(021) 5210 123.",
                "Pasien dirujuk ke RS. Fatmawati.", "Dana dikirim a.n. Yayasan Peduli Banjir.");
    }

    @Test
    void quotationMarksOfEveryStyleCloseTheirSentence() {
        String text = "Ia berkata, \u201CKami sudah bekerja keras.\u201D Rapat ditutup. \u00ABKami siap\u00BB, kata "
                + "Kapolda. \u2018Ini bukan akhir,\u2019 ujar Menteri. Ia menegaskan, \"Kami tidak mundur.\" Massa "
                + "bubar.";

        assertSentences(text,
                "Ia berkata, \u201CKami sudah bekerja keras.\u201D", "Rapat ditutup.",
                "\u00ABKami siap\u00BB, kata Kapolda.", "\u2018Ini bukan akhir,\u2019 ujar Menteri.",
                "Ia menegaskan, \"Kami tidak mundur.\"", "Massa bubar.");
    }

    @Test
    void anEllipsisBeforeACapitalEndsTheSentence() {
        String text = "Semua menunggu\u2026 Lalu hujan turun. Warga menanti... Bantuan tak kunjung datang.";

        assertSentences(text, "Semua menunggu\u2026",
                "Lalu hujan turun.", "Warga menanti...", "Bantuan tak kunjung datang.");
    }

    @Test
    void numbersWithSeparatorsNeverEndASentence() {
        String text = "Sebanyak 28.500 warga atau 1,5 persen terdampak per 31/1. Data itu dirilis BNPB.";

        assertSentences(text,
                "Sebanyak 28.500 warga atau 1,5 persen terdampak per 31/1.", "Data itu dirilis BNPB.");
    }
}
