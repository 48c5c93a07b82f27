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
    void stackedBreadcrumbUnderABrowserTitleGivesTheSection() {
        String page = """
                Harian Selat
                Beranda
                Nasional
                Ekonomi
                Dunia
                Cari
                Memuat...
                Singapura dan Malaysia Sepakati Jalur Kereta Lintas Batas Baru
                Beranda
                Dunia
                Singapura dan Malaysia Sepakati Jalur Kereta Lintas Batas Baru
                Penulis: Andika Saputra
                5 Feb 2024, 09:10 WIB
                Johor Bahru, Harian Selat -- Singapura dan Malaysia menandatangani kesepakatan pembangunan jalur kereta cepat lintas batas yang akan menghubungkan Woodlands dan Bukit Chagar mulai akhir 2026.
                Jalur sepanjang empat kilometer itu diperkirakan mampu mengangkut sekitar 10.000 penumpang per jam di setiap arah dan mengurangi kemacetan di jalan lintas Johor.
                Komentar
                Kirim
                """;

        CapturedText text = READER.read(page);

        assertThat(text.title()).isEqualTo("Singapura dan Malaysia Sepakati Jalur Kereta Lintas Batas Baru");
        assertThat(text.section()).isEqualTo("Dunia");
        assertThat(text.byline()).isEqualTo("Penulis: Andika Saputra");
        assertThat(text.paragraphs()).hasSize(2);
    }

    @Test
    void breadcrumbFromTheSiteNameGivesItsLastCrumb() {
        String page = """
                Kabar Timur
                Terbaru Nasional Ekonomi Dunia Opini
                Cari
                Kabar Timur › Ekonomi
                Harga Cabai di Makassar Turun Jelang Panen Raya
                Rahmawati Said
                12.03.2024 10:20
                MAKASSAR, KABARTIMUR.EXAMPLE -- Harga cabai rawit di sejumlah pasar tradisional Makassar turun hingga Rp20.000 per kilogram dalam sepekan terakhir menjelang panen raya di Kabupaten Gowa.
                Pedagang di Pasar Terong mengatakan pasokan dari petani mulai melimpah sejak awal bulan, sehingga harga berangsur kembali normal.
                © 2024 Kabar Timur
                """;

        CapturedText text = READER.read(page);

        assertThat(text.section()).isEqualTo("Ekonomi");
        assertThat(text.title()).isEqualTo("Harga Cabai di Makassar Turun Jelang Panen Raya");
    }

    @Test
    void linksThatLostTheirSpacesAreChromeAndTheGluedCrumbNamesTheSection() {
        String page = """
                suaraBorneo
                BeritaDaerahEkonomiOlahragaFoto
                Cari
                suaraBorneoDaerah
                Banjir Rendam Ribuan Rumah di Samarinda
                Tim suaraBorneo
                Selasa 14 Mei 2024 - 08:30 WIB
                ShareFacebookTwitterWhatsApp
                Samarinda - Banjir merendam sedikitnya 3.000 rumah di lima kecamatan di Samarinda, Kalimantan Timur, setelah hujan deras mengguyur kota itu sejak Senin sore.
                Badan Penanggulangan Bencana Daerah setempat mengerahkan perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak dari permukiman di tepi Sungai Karang Mumus.
                BanjirSamarindaKalimantan TimurBPBD
                Komentar
                Kirim
                """;

        CapturedText text = READER.read(page);

        assertThat(text.section()).isEqualTo("Daerah");
        assertThat(text.paragraphs()).containsExactly(
                "Samarinda - Banjir merendam sedikitnya 3.000 rumah di lima kecamatan di Samarinda, Kalimantan"
                        + " Timur, setelah hujan deras mengguyur kota itu sejak Senin sore.",
                "Badan Penanggulangan Bencana Daerah setempat mengerahkan perahu karet untuk mengevakuasi warga"
                        + " lanjut usia dan anak-anak dari permukiman di tepi Sungai Karang Mumus.");
    }

    @Test
    void hashtagRunAfterTheBodyIsChrome() {
        String page = """
                Beranda / Nasional
                KPU Tetapkan Jadwal Pemungutan Suara Pilkada Serentak
                20/01/2024, 11:00 WIB
                JAKARTA, WARTAPAGI.example – Komisi Pemilihan Umum menetapkan pemungutan suara pilkada serentak pada 27 November 2024 di 545 daerah.
                Ketua KPU mengatakan tahapan pendaftaran calon kepala daerah akan dibuka pada akhir Agustus mendatang.
                #Pilkada Serentak#KPU#Pemilu
                Artikel Terkait
                """;

        CapturedText text = READER.read(page);

        assertThat(text.section()).isEqualTo("Nasional");
        assertThat(text.paragraphs()).containsExactly(
                "JAKARTA, WARTAPAGI.example – Komisi Pemilihan Umum menetapkan pemungutan suara pilkada serentak"
                        + " pada 27 November 2024 di 545 daerah.",
                "Ketua KPU mengatakan tahapan pendaftaran calon kepala daerah akan dibuka pada akhir Agustus"
                        + " mendatang.");
    }

    @Test
    void tagNamesOneALineAfterTheBodyAreChromeButAListInsideTheBodyIsNot() {
        String page = """
                Warta Pagi
                Pemerintah Umumkan Nama Kapal Perang Baru TNI AL
                Senin, 8 Juli 2024 13:00 WIB
                Surabaya - Kementerian Pertahanan mengumumkan nama tiga kapal fregat baru yang dibangun di galangan PT PAL, Surabaya, dan akan diserahkan kepada TNI Angkatan Laut tahun depan.
                Ketiga kapal itu diberi nama
                KRI Raja Haji
                KRI Balaputradewa
                KRI Tuanku Imam
                Nama-nama tersebut diambil dari tokoh dan raja Nusantara yang dikenal dengan kekuatan armada lautnya, kata juru bicara kementerian.
                TNI AL
                Kapal Perang
                PT PAL
                Baca Selengkapnya
                1. Kapal Selam Scorpene Tiba Tahun 2028
                """;

        CapturedText text = READER.read(page);

        assertThat(text.paragraphs()).containsExactly(
                "Surabaya - Kementerian Pertahanan mengumumkan nama tiga kapal fregat baru yang dibangun di galangan"
                        + " PT PAL, Surabaya, dan akan diserahkan kepada TNI Angkatan Laut tahun depan.",
                "Ketiga kapal itu diberi nama",
                "KRI Raja Haji",
                "KRI Balaputradewa",
                "KRI Tuanku Imam",
                "Nama-nama tersebut diambil dari tokoh dan raja Nusantara yang dikenal dengan kekuatan armada"
                        + " lautnya, kata juru bicara kementerian.");
    }

    @Test
    void shortLinesClosingCleanTextAreKept() {
        String clean = """
                Tim bulu tangkis Indonesia mengirim sepuluh pemain ke turnamen Thailand Masters pekan depan, termasuk dua pasangan ganda campuran yang baru dibentuk.
                Pelatih kepala mengatakan turnamen ini menjadi ajang pemanasan sebelum kejuaraan Asia pada April.
                Tunggal Putra
                Ganda Campuran
                """;

        CapturedText text = READER.read(clean);

        assertThat(text.paragraphs()).hasSize(4).endsWith("Tunggal Putra", "Ganda Campuran");
    }

    @Test
    void captionsWithACreditOrAPositionMarkerAreDropped() {
        String page = """
                Kabar Nusantara
                Home
                Politik
                DPR Sahkan RUU Kesehatan Menjadi Undang-Undang
                Jakarta (Kabar Nusantara) - Dewan Perwakilan Rakyat mengesahkan Rancangan Undang-Undang Kesehatan menjadi undang-undang dalam rapat paripurna, Selasa, setelah pembahasan selama hampir setahun.
                Ketua DPR Puan Maharani (tengah) memimpin rapat paripurna di Gedung Nusantara II, Senayan.
                Tujuh fraksi menyatakan setuju, sementara dua fraksi menolak dan meminta pembahasan diperpanjang.
                Suasana rapat paripurna DPR di Kompleks Parlemen, Senayan, Jakarta. (Kabar Nusantara/Dok)
                Menteri Kesehatan Budi Gunadi Sadikin (kiri) mengatakan undang-undang itu akan memperkuat layanan kesehatan primer di daerah.
                Tags: DPR Kesehatan
                """;

        CapturedText text = READER.read(page);

        assertThat(text.section()).isEqualTo("Politik");
        assertThat(text.paragraphs()).containsExactly(
                "Jakarta (Kabar Nusantara) - Dewan Perwakilan Rakyat mengesahkan Rancangan Undang-Undang Kesehatan"
                        + " menjadi undang-undang dalam rapat paripurna, Selasa, setelah pembahasan selama hampir"
                        + " setahun.",
                "Tujuh fraksi menyatakan setuju, sementara dua fraksi menolak dan meminta pembahasan diperpanjang.",
                "Menteri Kesehatan Budi Gunadi Sadikin (kiri) mengatakan undang-undang itu akan memperkuat layanan"
                        + " kesehatan primer di daerah.");
    }

    @Test
    void descriptionAboveTheDatelineParagraphIsTheLeadPictureCaption() {
        String page = """
                Home / Internasional
                Presiden Filipina Kunjungi Hanoi, Bahas Laut China Selatan
                30/01/2024, 14:00 WIB
                Presiden Filipina Ferdinand Marcos Jr disambut Presiden Vietnam Vo Van Thuong di Istana Kepresidenan, Hanoi.
                HANOI, WARTAPAGI.example – Filipina dan Vietnam menandatangani nota kesepahaman kerja sama penjaga pantai untuk mencegah insiden di Laut China Selatan, Selasa (30/1).
                Kedua negara juga sepakat memperluas perdagangan beras, komoditas yang selama ini banyak diimpor Manila dari Vietnam.
                """;

        CapturedText text = READER.read(page);

        assertThat(text.paragraphs()).containsExactly(
                "HANOI, WARTAPAGI.example – Filipina dan Vietnam menandatangani nota kesepahaman kerja sama penjaga"
                        + " pantai untuk mencegah insiden di Laut China Selatan, Selasa (30/1).",
                "Kedua negara juga sepakat memperluas perdagangan beras, komoditas yang selama ini banyak diimpor"
                        + " Manila dari Vietnam.");
    }

    @Test
    void openingSentenceWithoutADatelineAfterItStays() {
        String clean = """
                Presiden Joko Widodo meresmikan Bendungan Jlantah di Karanganyar, Jawa Tengah, pada Kamis pagi.
                Bendungan itu mampu mengairi sekitar 1.500 hektare sawah dan menyediakan air baku bagi warga di tiga kecamatan.
                """;

        CapturedText text = READER.read(clean);

        assertThat(text.paragraphs()).hasSize(2);
    }

    @Test
    void descriptionNextToAPictureMarkerIsItsCaption() {
        String clean = """
                Gunung Lewotobi Laki-laki di Flores Timur kembali meletus pada Minggu dini hari dan melontarkan abu setinggi dua kilometer.
                Foto
                Kolom abu membubung dari kawah Gunung Lewotobi Laki-laki di Flores Timur.
                Badan Geologi mempertahankan status gunung itu pada level awas dan meminta warga menjauhi radius tujuh kilometer dari kawah.
                """;

        CapturedText text = READER.read(clean);

        assertThat(text.paragraphs()).containsExactly(
                "Gunung Lewotobi Laki-laki di Flores Timur kembali meletus pada Minggu dini hari dan melontarkan"
                        + " abu setinggi dua kilometer.",
                "Badan Geologi mempertahankan status gunung itu pada level awas dan meminta warga menjauhi radius"
                        + " tujuh kilometer dari kawah.");
    }

    @Test
    void authorAndDateUnderAStandfirstAreHeadlineNotBody() {
        String page = """
                Lintas Benua
                Lintas Benua › Asia
                Thailand Longgarkan Aturan Visa bagi Wisatawan dari 93 Negara
                Pemerintah Thailand memperpanjang masa tinggal bebas visa menjadi 60 hari untuk menarik lebih banyak wisatawan asing tahun ini.
                Dewi Kartikasari
                15.07.2024 09:45
                Bagikan ke Facebook
                LINTASBENUA.EXAMPLE, BANGKOK -- Thailand mulai memberlakukan aturan bebas visa 60 hari bagi warga dari 93 negara, termasuk Indonesia, mulai Senin (15/7).
                Kebijakan itu diharapkan mendorong jumlah kunjungan wisatawan asing hingga 40 juta orang pada akhir tahun.
                Komentar
                Nama
                Email
                Kirim
                """;

        CapturedText text = READER.read(page);

        assertThat(text.section()).isEqualTo("Asia");
        assertThat(text.byline()).isEqualTo("Dewi Kartikasari");
        assertThat(text.dateLine()).isEqualTo("15.07.2024 09:45");
        assertThat(text.paragraphs()).containsExactly(
                "LINTASBENUA.EXAMPLE, BANGKOK -- Thailand mulai memberlakukan aturan bebas visa 60 hari bagi warga"
                        + " dari 93 negara, termasuk Indonesia, mulai Senin (15/7).",
                "Kebijakan itu diharapkan mendorong jumlah kunjungan wisatawan asing hingga 40 juta orang pada"
                        + " akhir tahun.");
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
