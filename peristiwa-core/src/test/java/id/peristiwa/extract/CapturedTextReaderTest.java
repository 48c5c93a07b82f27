package id.peristiwa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapturedTextReaderTest {

    private static final CapturedTextReader READER = CapturedTextReader.indonesian();

    @Test
    void indonesianPageWithRepeatedTitleAndCommentForm() {
        String page = """
                Loading...
                Beranda  Nasional  Internasional  Ekonomi  Olahraga
                Cari berita...
                Internasional
                AS dan Korsel Sepakat Perluas Latihan Militer Gabungan
                AS dan Korsel Sepakat Perluas Latihan Militer Gabungan
                Redaksi Warta Dunia
                Selasa, 31 Jan 2023 14:05 WIB
                Bagikan
                Seoul, Warta Dunia -- Amerika Serikat dan Korea Selatan sepakat memperluas latihan militer gabungan tahun ini untuk menghadapi ancaman rudal Korea Utara yang terus meningkat.
                Kesepakatan itu dicapai dalam pertemuan Menteri Pertahanan kedua negara di Seoul pada Selasa pagi, sehari setelah Pyongyang kembali menembakkan rudal balistik ke Laut Timur.
                "Kami siap," katanya.
                Baca juga: Korut Kecam Latihan Gabungan
                Latihan tersebut akan melibatkan kapal induk dan pesawat pengebom strategis milik Amerika Serikat, menurut pernyataan bersama yang dirilis kementerian.
                Tag: Korea Selatan  Amerika Serikat  Latihan Militer
                Komentar
                Tulis komentar...
                Nama
                Email
                Kirim
                Berita Terkait
                Korut Uji Coba Rudal Jelajah Baru
                Jepang Tingkatkan Anggaran Pertahanan
                © 2023 Warta Dunia. Hak cipta dilindungi.
                """;

        CapturedText text = READER.read(page);

        assertThat(text.title()).isEqualTo("AS dan Korsel Sepakat Perluas Latihan Militer Gabungan");
        assertThat(text.section()).isEqualTo("Internasional");
        assertThat(text.byline()).isEqualTo("Redaksi Warta Dunia");
        assertThat(text.dateLine()).isEqualTo("Selasa, 31 Jan 2023 14:05 WIB");
        assertThat(text.paragraphs()).containsExactly(
                "Seoul, Warta Dunia -- Amerika Serikat dan Korea Selatan sepakat memperluas latihan militer"
                        + " gabungan tahun ini untuk menghadapi ancaman rudal Korea Utara yang terus meningkat.",
                "Kesepakatan itu dicapai dalam pertemuan Menteri Pertahanan kedua negara di Seoul pada Selasa"
                        + " pagi, sehari setelah Pyongyang kembali menembakkan rudal balistik ke Laut Timur.",
                "\"Kami siap,\" katanya.",
                "Latihan tersebut akan melibatkan kapal induk dan pesawat pengebom strategis milik Amerika"
                        + " Serikat, menurut pernyataan bersama yang dirilis kementerian.");
        assertThat(text.removedLines()).isEqualTo(16);
    }

    @Test
    void englishInterfaceWithAdvertisementAndRelatedListInsideTheBody() {
        String page = """
                Skip to main content
                Menu
                Sign in | Subscribe
                World
                Indonesia and Malaysia sign maritime border deal in Jakarta
                By Dian Lestari
                Published: Feb 8, 2023 10:12 am
                Share this article
                Facebook  Twitter  WhatsApp  Copy link
                Jakarta (ANTARA) - Indonesia and Malaysia on Wednesday signed two treaties settling part of their maritime boundary in the Sulawesi Sea and the Malacca Strait.
                The deal, signed by both foreign ministers, ends nearly two decades of talks over fishing grounds that have often led to arrests of fishermen from both countries.
                Advertisement
                Scroll to continue with content
                Related articles
                Fishermen detained near disputed waters
                What does the new treaty mean for Ambalat?
                "This is a good day for our fishermen," the minister told reporters after the ceremony.
                Talks on the remaining segments in the Celebes Sea will continue next year.
                Advertisement
                Most popular
                Rupiah weakens ahead of Fed decision
                Comments
                Leave a comment
                Your name
                Your email
                Post comment
                Privacy Policy  Terms of Use  Contact us
                All rights reserved.
                """;

        CapturedText text = READER.read(page);

        assertThat(text.title()).isEqualTo("Indonesia and Malaysia sign maritime border deal in Jakarta");
        assertThat(text.section()).isEqualTo("World");
        assertThat(text.byline()).isEqualTo("By Dian Lestari");
        assertThat(text.dateLine()).isEqualTo("Published: Feb 8, 2023 10:12 am");
        assertThat(text.paragraphs()).containsExactly(
                "Jakarta (ANTARA) - Indonesia and Malaysia on Wednesday signed two treaties settling part of their"
                        + " maritime boundary in the Sulawesi Sea and the Malacca Strait.",
                "The deal, signed by both foreign ministers, ends nearly two decades of talks over fishing grounds"
                        + " that have often led to arrests of fishermen from both countries.",
                "\"This is a good day for our fishermen,\" the minister told reporters after the ceremony.",
                "Talks on the remaining segments in the Celebes Sea will continue next year.");
    }

    @Test
    void breadcrumbEditorLineSubheadingAndClosingCode() {
        String page = """
                Kabar Nusantara
                Beranda › Ekonomi
                Harga Beras di Pasar Induk Cipinang Naik Tiga Pekan Berturut-turut
                Penulis: Rina Kartika | Editor: Hendra Wijaya
                Kamis, 2 Februari 2023 | 09:30 WIB
                Jakarta, Kabar Nusantara - Harga beras medium di Pasar Induk Beras Cipinang kembali naik pekan ini dan kini mencapai Rp11.500 per kilogram.
                Kenaikan itu terjadi meski pemerintah telah menyalurkan beras cadangan melalui operasi pasar sejak awal Januari.
                ADVERTISEMENT
                SCROLL TO CONTINUE WITH CONTENT
                Pedagang menyebut pasokan dari sentra produksi di Jawa Barat dan Jawa Tengah berkurang karena panen mundur.
                Baca Juga
                Bulog Siap Salurkan 200 Ribu Ton Beras
                Mengapa Harga Cabai Ikut Melonjak?
                Stok Menipis
                Kepala Badan Pangan Nasional mengatakan stok di gudang Bulog masih cukup hingga panen raya bulan Maret.
                "Tidak perlu panik," ujarnya.
                (ant/rdw)
                Tag: harga beras  Bulog  inflasi
                Tentang Kami  Redaksi  Pedoman Media Siber  Kontak
                """;

        CapturedText text = READER.read(page);

        assertThat(text.title()).isEqualTo("Harga Beras di Pasar Induk Cipinang Naik Tiga Pekan Berturut-turut");
        assertThat(text.section()).isEqualTo("Ekonomi");
        assertThat(text.byline()).isEqualTo("Penulis: Rina Kartika | Editor: Hendra Wijaya");
        assertThat(text.dateLine()).isEqualTo("Kamis, 2 Februari 2023 | 09:30 WIB");
        assertThat(text.paragraphs()).containsExactly(
                "Jakarta, Kabar Nusantara - Harga beras medium di Pasar Induk Beras Cipinang kembali naik pekan"
                        + " ini dan kini mencapai Rp11.500 per kilogram.",
                "Kenaikan itu terjadi meski pemerintah telah menyalurkan beras cadangan melalui operasi pasar"
                        + " sejak awal Januari.",
                "Pedagang menyebut pasokan dari sentra produksi di Jawa Barat dan Jawa Tengah berkurang karena"
                        + " panen mundur.",
                "Stok Menipis",
                "Kepala Badan Pangan Nasional mengatakan stok di gudang Bulog masih cukup hingga panen raya"
                        + " bulan Maret.",
                "\"Tidak perlu panik,\" ujarnya.",
                "(ant/rdw)");
    }

    @Test
    void cleanCorpusTextLosesNothing() {
        String clean = """
                Pemerintah Kota Surabaya menambah 40 unit bus listrik untuk melayani rute baru mulai bulan depan.

                Wali Kota mengatakan penambahan armada itu ditujukan bagi warga di kawasan pinggiran yang selama ini sulit menjangkau angkutan umum.

                "Tarifnya tetap lima ribu rupiah," katanya.

                Rute Baru
                Bus akan melayani koridor Terminal Benowo hingga Tunjungan setiap 15 menit.
                """;

        CapturedText text = READER.read(clean);

        assertThat(text.title()).isNull();
        assertThat(text.section()).isNull();
        assertThat(text.removedLines()).isZero();
        assertThat(text.paragraphs()).containsExactly(
                "Pemerintah Kota Surabaya menambah 40 unit bus listrik untuk melayani rute baru mulai bulan depan.",
                "Wali Kota mengatakan penambahan armada itu ditujukan bagi warga di kawasan pinggiran yang selama"
                        + " ini sulit menjangkau angkutan umum.",
                "\"Tarifnya tetap lima ribu rupiah,\" katanya.",
                "Rute Baru",
                "Bus akan melayani koridor Terminal Benowo hingga Tunjungan setiap 15 menit.");
    }

    @Test
    void cookieNoticeShareBarInsideBodyAndLoginPromptAfterIt() {
        String page = """
                Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui Kebijakan Privasi kami.
                Terima semua
                Memuat...
                Skor Arena
                Sepak Bola
                Timnas U-20 Tekuk Vietnam di Laga Uji Coba
                Oleh Fajar Nugroho
                Diperbarui 3 jam lalu
                Tim nasional U-20 Indonesia mengalahkan Vietnam 2-1 dalam laga uji coba di Stadion Gelora Bung Tomo, Surabaya, Jumat malam.
                Bagikan ke Facebook  Twitter  WhatsApp
                Dua gol Garuda Muda dicetak pada babak kedua setelah sempat tertinggal lebih dulu melalui sundulan pemain Vietnam.
                "Anak-anak tidak menyerah," kata pelatih seusai pertandingan.
                Laga berikutnya melawan Uzbekistan dijadwalkan pada Selasa pekan depan.
                Masuk untuk membaca artikel selengkapnya
                Berita Terkait
                Siapa Pengganti Kapten Timnas?
                Jadwal Lengkap Piala Asia U-20
                Ikuti kami di Instagram  YouTube  TikTok
                """;

        CapturedText text = READER.read(page);

        assertThat(text.title()).isEqualTo("Timnas U-20 Tekuk Vietnam di Laga Uji Coba");
        assertThat(text.section()).isEqualTo("Sepak Bola");
        assertThat(text.byline()).isEqualTo("Oleh Fajar Nugroho");
        assertThat(text.dateLine()).isEqualTo("Diperbarui 3 jam lalu");
        assertThat(text.paragraphs()).containsExactly(
                "Tim nasional U-20 Indonesia mengalahkan Vietnam 2-1 dalam laga uji coba di Stadion Gelora Bung"
                        + " Tomo, Surabaya, Jumat malam.",
                "Dua gol Garuda Muda dicetak pada babak kedua setelah sempat tertinggal lebih dulu melalui sundulan"
                        + " pemain Vietnam.",
                "\"Anak-anak tidak menyerah,\" kata pelatih seusai pertandingan.",
                "Laga berikutnya melawan Uzbekistan dijadwalkan pada Selasa pekan depan.");
    }

    @Test
    void verticalMenuGivesNoSectionAndAuthorIsTheNameAboveTheDate() {
        String page = """
                Beranda
                Nasional
                Daerah
                Dunia
                Gempa Magnitudo 5,6 Guncang Cianjur, Ratusan Rumah Rusak
                Siti Rahmawati
                21/11/2022 20:15
                Cianjur (ANTARA) - Gempa berkekuatan magnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Senin siang dan merusak ratusan rumah warga.
                Badan Nasional Penanggulangan Bencana mencatat sedikitnya 20 orang meninggal dunia dan puluhan lainnya luka-luka.
                Warga diminta mewaspadai gempa susulan.
                Evakuasi korban yang tertimbun reruntuhan masih berlangsung hingga malam hari dengan bantuan alat berat.
                Nasional
                Daerah
                Dunia
                """;

        CapturedText text = READER.read(page);

        assertThat(text.title()).isEqualTo("Gempa Magnitudo 5,6 Guncang Cianjur, Ratusan Rumah Rusak");
        assertThat(text.section()).isNull();
        assertThat(text.byline()).isEqualTo("Siti Rahmawati");
        assertThat(text.dateLine()).isEqualTo("21/11/2022 20:15");
        assertThat(text.paragraphs()).containsExactly(
                "Cianjur (ANTARA) - Gempa berkekuatan magnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat,"
                        + " Senin siang dan merusak ratusan rumah warga.",
                "Badan Nasional Penanggulangan Bencana mencatat sedikitnya 20 orang meninggal dunia dan puluhan"
                        + " lainnya luka-luka.",
                "Warga diminta mewaspadai gempa susulan.",
                "Evakuasi korban yang tertimbun reruntuhan masih berlangsung hingga malam hari dengan bantuan"
                        + " alat berat.");
        assertThat(text.removedLines()).isEqualTo(7);
    }

    @Test
    void browserTitleOnTopAndPictureCaptionBeforeTheBody() {
        String page = """
                Menlu Retno Bertemu Menlu Tiongkok di Beijing - Harian Khatulistiwa
                Home  News  World  Business  Opinion
                Search
                Dunia
                Menlu Retno Bertemu Menlu Tiongkok di Beijing
                Kamis, 15 Desember 2022 - 18:40 WIB
                Menlu Retno Marsudi berjabat tangan dengan Menlu Wang Yi di Beijing. (Foto: Dok. Kemlu RI)
                Beijing, Harian Khatulistiwa - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Tiongkok Wang Yi di Beijing untuk membahas kerja sama ekonomi dan situasi Laut China Selatan.
                Kedua menteri juga membicarakan persiapan kunjungan kenegaraan Presiden ke Tiongkok tahun depan.
                Continue reading
                Retno menegaskan Indonesia menginginkan kawasan yang damai dan stabil.
                Load comments
                Newsletter
                Get the app
                Copyright © 2022 Harian Khatulistiwa. All rights reserved.
                """;

        CapturedText text = READER.read(page);

        assertThat(text.title()).isEqualTo("Menlu Retno Bertemu Menlu Tiongkok di Beijing");
        assertThat(text.section()).isEqualTo("Dunia");
        assertThat(text.byline()).isNull();
        assertThat(text.dateLine()).isEqualTo("Kamis, 15 Desember 2022 - 18:40 WIB");
        assertThat(text.paragraphs()).containsExactly(
                "Beijing, Harian Khatulistiwa - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri"
                        + " Tiongkok Wang Yi di Beijing untuk membahas kerja sama ekonomi dan situasi Laut China"
                        + " Selatan.",
                "Kedua menteri juga membicarakan persiapan kunjungan kenegaraan Presiden ke Tiongkok tahun depan.",
                "Retno menegaskan Indonesia menginginkan kawasan yang damai dan stabil.");
    }

    @Test
    void readerCommentsAfterTheBodyAreNotBody() {
        String page = """
                Suara Timur
                Politik
                DPR Setujui RUU Perlindungan Data Pribadi
                Reporter: Yohanes Lado
                Selasa, 20 September 2022 13:00 WIB
                Dewan Perwakilan Rakyat mengesahkan Rancangan Undang-Undang Perlindungan Data Pribadi menjadi undang-undang dalam rapat paripurna, Selasa.
                Undang-undang itu mewajibkan setiap pengendali data melaporkan kebocoran data kepada pemilik data paling lambat tiga hari.
                Pemerintah akan membentuk lembaga pengawas yang bertanggung jawab langsung kepada Presiden.
                3 Komentar
                Urutkan: Terbaru
                Andreas M. 2 jam lalu
                Semoga aturan ini benar-benar dijalankan dan tidak hanya di atas kertas saja.
                Balas  Suka
                Lina 5 jam lalu
                Akhirnya disahkan juga setelah bertahun-tahun dibahas di DPR.
                Balas
                Muat komentar lainnya
                """;

        CapturedText text = READER.read(page);

        assertThat(text.title()).isEqualTo("DPR Setujui RUU Perlindungan Data Pribadi");
        assertThat(text.section()).isEqualTo("Politik");
        assertThat(text.byline()).isEqualTo("Reporter: Yohanes Lado");
        assertThat(text.dateLine()).isEqualTo("Selasa, 20 September 2022 13:00 WIB");
        assertThat(text.paragraphs()).containsExactly(
                "Dewan Perwakilan Rakyat mengesahkan Rancangan Undang-Undang Perlindungan Data Pribadi menjadi"
                        + " undang-undang dalam rapat paripurna, Selasa.",
                "Undang-undang itu mewajibkan setiap pengendali data melaporkan kebocoran data kepada pemilik data"
                        + " paling lambat tiga hari.",
                "Pemerintah akan membentuk lembaga pengawas yang bertanggung jawab langsung kepada Presiden.");
    }

    @Test
    void pageWithoutBodyGivesNoParagraphs() {
        String page = """
                Loading...
                Beranda  Terpopuler  Indeks
                Halaman tidak ditemukan
                Kembali ke beranda
                © 2023 Warta Dunia
                """;

        CapturedText text = READER.read(page);

        assertThat(text.paragraphs()).isEmpty();
    }

    @Test
    void blankAndNullTextGiveAnEmptyResult() {
        assertThat(READER.read(null)).isEqualTo(new CapturedText(null, null, null, null, List.of(), 0));
        assertThat(READER.read(" \n\n ").paragraphs()).isEmpty();
    }
}
