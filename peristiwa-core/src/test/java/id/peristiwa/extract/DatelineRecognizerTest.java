package id.peristiwa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineRecognizerTest {

    private static final DatelineRecognizer RECOGNIZER = DatelineRecognizer.indonesian();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Jakarta, CNN Indonesia -- Presiden meminta menteri mempercepat penyaluran bantuan.    | Jakarta      | CNN Indonesia | Presiden
            Jakarta, CNN Indonesia - - Kepolisian Jepang menahan dua pria di Tokyo.               | Jakarta      | CNN Indonesia | Kepolisian
            Mataram, NTB (ANTARA News) - Gempa bermagnitudo 4,1 mengguncang Lombok Timur.         | Mataram, NTB | ANTARA News   | Gempa
            Washington, Warta Dunia – Gedung Putih menyambut baik kesepakatan itu.                | Washington   | Warta Dunia   | Gedung
            KOMPAS.com – Harga emas batangan naik Rp5.000 per gram.                               | NULL         | KOMPAS.com    | Harga
            JAKARTA, KOMPAS.com - Bank Indonesia mempertahankan suku bunga acuan.                 | Jakarta      | KOMPAS.com    | Bank
            TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi memeriksa dua saksi.                 | Jakarta      | TEMPO.CO      | Komisi
            Liputan6.com, Jakarta - Polisi menutup sementara ruas jalan menuju Monas.             | Jakarta      | Liputan6.com  | Polisi
            SEOUL (Reuters) - North Korea fired a ballistic missile into the sea on Monday.       | Seoul        | Reuters       | North
            Jakarta (ANTARA) - Menteri Luar Negeri bertemu Duta Besar Jepang.                     | Jakarta      | ANTARA        | Menteri
            REPUBLIKA.CO.ID, JAKARTA -- Kementerian Agama menetapkan awal Ramadan.                | Jakarta      | REPUBLIKA.CO.ID | Kementerian
            Bisnis.com, JAKARTA — Rupiah ditutup melemah terhadap dolar AS.                       | Jakarta      | Bisnis.com    | Rupiah
            JAKARTA — Presiden melantik tiga duta besar baru di Istana Negara.                    | Jakarta      | NULL          | Presiden
            Seoul, 31/1 (Warta Dunia) - Korea Selatan dan Amerika Serikat sepakat memperluas latihan. | Seoul    | Warta Dunia   | Korea
            JAKARTA: Pemerintah menaikkan harga eceran tertinggi gula pasir.                      | Jakarta      | NULL          | Pemerintah
            DKI JAKARTA — Gubernur meresmikan jalur sepeda baru di Sudirman.                      | DKI Jakarta  | NULL          | Gubernur
            """)
    void recognizesDatelines(String paragraph, String place, String outlet, String firstWord) {
        Optional<DatelineMatch> match = RECOGNIZER.recognize(paragraph);

        assertThat(match).isPresent();
        assertThat(match.get().place()).isEqualTo(place);
        assertThat(match.get().outlet()).isEqualTo(outlet);
        assertThat(paragraph.substring(match.get().end())).startsWith(firstWord + " ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jakarta, CNN Indonesia -- Presiden meminta menteri mempercepat penyaluran bantuan. | 26
            Jakarta, CNN Indonesia - - Kepolisian Jepang menahan dua pria di Tokyo.            | 27
            Mataram, NTB (ANTARA News) - Gempa mengguncang Lombok Timur.                       | 29
            KOMPAS.com – Harga emas batangan naik.                                             | 13
            JAKARTA: Pemerintah menaikkan harga eceran tertinggi gula pasir.                   | 9
            """)
    void endPointsAtTheFirstLetterOfTheSentence(String paragraph, int end) {
        assertThat(RECOGNIZER.recognize(paragraph)).map(DatelineMatch::end).contains(end);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Presiden Joko Widodo - yang tiba kemarin - mengatakan Indonesia siap menjadi tuan rumah.",
            "Korea Utara – negara yang terisolasi – kembali meluncurkan rudal balistik.",
            "Menteri Luar Negeri Retno Marsudi - Menlu perempuan pertama - menyatakan dukungan bagi Palestina.",
            "Harga minyak dunia - yang sempat turun pekan lalu - kembali naik pada Senin.",
            "Ada tiga hal yang dibahas: keamanan, ekonomi, dan perubahan iklim.",
            "Menurut dia, kesepakatan itu - jika dijalankan - akan menguntungkan kedua negara.",
            "Tim tamu menang 2-1 setelah gol di menit terakhir.",
            "KPK - lembaga antirasuah itu - menetapkan dua tersangka baru.",
            "Pertemuan Jakarta - Canberra membahas kerja sama perdagangan dan keamanan.",
            "Catatan: Artikel ini telah diperbarui dengan keterangan dari kepolisian.",
            "EKSKLUSIF: Wawancara dengan Menteri Pertahanan soal pembelian jet tempur.",
            "PT Pertamina (Persero) - Direktur Utama menyampaikan laporan kinerja tahunan.",
            "AS: Korea Utara harus segera menghentikan uji coba rudal.",
            "Indonesia dan Malaysia — dua negara serumpun — sepakat memperkuat patroli perbatasan.",
            "Bandung - Cirebon kini bisa ditempuh dalam dua jam lewat tol baru.",
            ""})
    void ignoresSentencesThatMerelyContainADash(String paragraph) {
        assertThat(RECOGNIZER.recognize(paragraph)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullParagraphHasNoDateline() {
        assertThat(RECOGNIZER.recognize(null)).isEmpty();
    }
}
