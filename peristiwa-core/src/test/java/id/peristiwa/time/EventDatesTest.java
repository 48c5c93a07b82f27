package id.peristiwa.time;

import static id.peristiwa.event.DateGranularity.DAY;
import static id.peristiwa.event.DateGranularity.MONTH;
import static id.peristiwa.event.DateGranularity.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.peristiwa.document.Span;
import id.peristiwa.event.DateGranularity;
import id.peristiwa.event.EventDate;
import id.peristiwa.text.Segmenter;
import id.peristiwa.text.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDatesTest {
    private static final EventDates DATES = EventDates.indonesian();
    private static final Segmenter SEGMENTER = Segmenter.indonesian();
    /** A Wednesday. */
    private static final LocalDate WED_1_FEB_2023 = LocalDate.of(2023, 2, 1);

    static Sentence sentence(String text) {
        return SEGMENTER.segment(text, List.of(new Span(0, text.length())), null).getFirst();
    }

    private static List<Tuple> dates(String text, LocalDate published) {
        return DATES.find(text, sentence(text), published).stream()
                .map(e -> tuple(e.span().of(text), e.date().value().toString(), e.date().granularity()))
                .toList();
    }

    private static Tuple date(String expression, String value, DateGranularity granularity) {
        return tuple(expression, value, granularity);
    }

    @ParameterizedTest(name = "{0} published {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence | published | expression | value | granularity
            Menhan AS Lloyd Austin, Selasa (31/1), bertemu Menhan Korsel Lee Jong-sup di Seoul. | 2023-02-01 | Selasa (31/1) | 2023-01-31 | DAY
            Kapal penjaga pantai China menghadang kapal pemasok Filipina (31/12). | 2024-01-02 | (31/12) | 2023-12-31 | DAY
            Presiden menerima Dubes Jepang di Istana Merdeka, Kamis, 12 Agustus. | 2021-08-20 | Kamis, 12 Agustus | 2021-08-12 | DAY
            Presiden menerima Dubes Jepang di Istana Merdeka pada Kamis 12 Agustus. | 2021-08-20 | Kamis 12 Agustus | 2021-08-12 | DAY
            Kedua negara menandatangani perjanjian itu pada 12 Agustus 2023 di Jakarta. | 2024-03-05 | 12 Agustus 2023 | 2023-08-12 | DAY
            Pesawat tempur Rusia melanggar wilayah udara Jepang pada bulan Februari. | 2023-03-10 | Februari | 2023-02-01 | MONTH
            Korut menembakkan rudal balistik antarbenua Februari lalu. | 2023-03-10 | Februari lalu | 2023-02-01 | MONTH
            Korut menembakkan rudal balistik antarbenua Februari lalu. | 2023-02-15 | Februari lalu | 2022-02-01 | MONTH
            Kedua pemimpin bertemu di Bali pada Desember lalu. | 2024-01-10 | Desember lalu | 2023-12-01 | MONTH
            Latihan serupa digelar pada November tahun lalu di Laut Kuning. | 2023-02-01 | November tahun lalu | 2022-11-01 | MONTH
            Korsel dan AS menggelar latihan gabungan terbesar tahun lalu. | 2023-02-01 | tahun lalu | 2022-01-01 | YEAR
            Jepang akan menaikkan anggaran pertahanannya tahun depan. | 2023-02-01 | tahun depan | 2024-01-01 | YEAR
            Menlu Retno Marsudi akan berkunjung ke Kairo pekan depan. | 2023-02-01 | pekan depan | 2023-02-08 | DAY
            Pasukan Israel menyerbu kamp pengungsi Jenin pekan lalu. | 2023-02-01 | pekan lalu | 2023-01-25 | DAY
            Polisi menangkap tiga terduga teroris di Bekasi kemarin. | 2023-02-01 | kemarin | 2023-01-31 | DAY
            Ribuan buruh berunjuk rasa di depan gedung DPR hari ini. | 2023-02-01 | hari ini | 2023-02-01 | DAY
            KPU akan mengumumkan hasil verifikasi partai politik besok. | 2023-02-01 | besok | 2023-02-02 | DAY
            Rusia menggempur Bakhmut dengan artileri berat dua hari lalu. | 2023-02-01 | dua hari lalu | 2023-01-30 | DAY
            Ukraina menerima tank Leopard pertama tiga pekan lalu. | 2023-02-01 | tiga pekan lalu | 2023-01-11 | DAY
            Beijing memanggil Dubes Filipina, Senin lalu. | 2023-02-01 | Senin lalu | 2023-01-30 | DAY
            Beijing memanggil Dubes Filipina, Senin lalu. | 2023-01-30 | Senin lalu | 2023-01-23 | DAY
            Beijing memanggil Dubes Filipina pada Senin. | 2023-01-30 | Senin | 2023-01-30 | DAY
            Beijing memanggil Dubes Filipina pada Minggu. | 2023-02-01 | Minggu | 2023-01-29 | DAY
            Bank Indonesia menaikkan suku bunga acuan awal bulan ini. | 2023-02-20 | awal bulan ini | 2023-02-01 | MONTH
            Kedua negara terakhir kali menggelar latihan bersama pada 2019. | 2023-02-01 | 2019 | 2019-01-01 | YEAR
            Perjanjian perbatasan itu ditandatangani tahun 1950. | 2023-02-01 | 1950 | 1950-01-01 | YEAR
            Minggu lalu, Korut menembakkan dua rudal balistik ke Laut Jepang. | 2023-02-01 | Minggu lalu | 2023-01-25 | DAY
            Latihan militer itu berakhir Minggu (29/1) di perairan Okinawa. | 2023-02-01 | Minggu (29/1) | 2023-01-29 | DAY
            Austin dijadwalkan mengunjungi Manila pada Kamis. | 2023-02-01 | Kamis | 2023-02-02 | DAY
            Austin akan mengunjungi Manila pada Jumat mendatang. | 2023-02-01 | Jumat mendatang | 2023-02-03 | DAY
            Pemilu presiden akan digelar pada Februari. | 2023-11-20 | Februari | 2024-02-01 | MONTH
            Gencatan senjata itu disepakati dua tahun silam. | 2023-02-01 | dua tahun silam | 2021-01-01 | YEAR
            Kedua negara memulihkan hubungan diplomatik pada 1998 silam. | 2023-02-01 | 1998 silam | 1998-01-01 | YEAR
            Demonstran membakar ban di depan kedutaan dua hari yang lalu. | 2023-02-01 | dua hari yang lalu | 2023-01-30 | DAY
            Inflasi Turki mencapai puncaknya pada akhir 2022. | 2023-02-01 | akhir 2022 | 2022-01-01 | YEAR
            Harga minyak dunia melonjak sejak Agustus 2023. | 2024-01-05 | Agustus 2023 | 2023-08-01 | MONTH
            KPK menahan mantan menteri itu Jumat (3/2/2023) malam. | 2023-02-05 | Jumat (3/2/2023) | 2023-02-03 | DAY
            Pasukan Rusia mundur dari Kherson sepekan lalu. | 2023-02-01 | sepekan lalu | 2023-01-25 | DAY
            Tim SAR menemukan korban tadi malam di lereng gunung. | 2023-02-01 | tadi malam | 2023-01-31 | DAY
            Harga beras naik tajam dalam dua bulan lalu. | 2023-02-01 | dua bulan lalu | 2022-12-01 | MONTH
            Sengketa itu bermula satu dekade lalu. | 2023-02-01 | satu dekade lalu | 2013-01-01 | YEAR
            Pelabuhan itu dibuka pada 29 Februari. | 2024-03-01 | 29 Februari | 2024-02-29 | DAY
            Prabowo dilantik pada 20 Oktober mendatang. | 2024-08-17 | 20 Oktober mendatang | 2024-10-20 | DAY
            Pertemuan berikutnya digelar pada Maret tahun depan di Tokyo. | 2023-02-01 | Maret tahun depan | 2024-03-01 | MONTH
            Tan Malaka lahir pada 2 Juni 1897 di Pandan Gadang. | 2025-10-18 | 2 Juni 1897 | 1897-06-02 | DAY
            Layanan dibuka Senin-Jumat dan ditutup pada Minggu (19/10). | 2025-10-20 | Minggu (19/10) | 2025-10-19 | DAY
            """)
    void resolvesEachExpressionAgainstThePublicationDate(String text, LocalDate published, String expression,
            String value, DateGranularity granularity) {
        assertThat(dates(text, published)).containsExactly(date(expression, value, granularity));
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreNoDates() {
        assertThat(dates("Sebanyak 2019 peserta mengikuti pelatihan yang digelar Kemnaker.", WED_1_FEB_2023))
                .isEmpty();
        assertThat(dates("Juru bicara Agustus Rumbiak mengatakan Mei Lestari tidak hadir.", WED_1_FEB_2023))
                .isEmpty();
        assertThat(dates("Persib menang dengan skor 3/1 dalam laga yang berlangsung dua hari.", WED_1_FEB_2023))
                .isEmpty();
        assertThat(dates("Nilai tukar turun 50 sen dan minggu depannya stabil.", WED_1_FEB_2023)).isEmpty();
        assertThat(dates("Sidang ditunda karena (30/2) bukan tanggal yang sah.", WED_1_FEB_2023)).isEmpty();
        assertThat(dates("Dua hari sebelumnya, warga sudah mengungsi.", WED_1_FEB_2023)).isEmpty();
        assertThat(dates("Jaksa mendakwanya dengan UU Nomor 31 Tahun 1999 dan PP No. 18 Tahun 2021.", WED_1_FEB_2023))
                .isEmpty();
        assertThat(dates("Kantor imigrasi melayani pemohon Senin-Jumat.", WED_1_FEB_2023)).isEmpty();
    }

    @Test
    void theDateNearestTheTriggerIsTheEventsDate() {
        String text = "Korut, yang pekan lalu menguji rudal jelajah, pada Senin (30/1) mengecam latihan gabungan "
                + "AS dan Korsel yang akan digelar bulan depan.";
        Span trigger = span(text, "mengecam");
        assertThat(DATES.resolve(text, sentence(text), trigger, WED_1_FEB_2023))
                .isEqualTo(new EventDate(LocalDate.of(2023, 1, 30), DAY, true));
        assertThat(DATES.resolve(text, sentence(text), span(text, "menguji"), WED_1_FEB_2023))
                .isEqualTo(new EventDate(LocalDate.of(2023, 1, 25), DAY, true));
        assertThat(DATES.resolve(text, sentence(text), span(text, "digelar"), WED_1_FEB_2023))
                .isEqualTo(new EventDate(LocalDate.of(2023, 3, 1), MONTH, true));
        assertThat(dates(text, WED_1_FEB_2023)).containsExactly(date("pekan lalu", "2023-01-25", DAY),
                date("Senin (30/1)", "2023-01-30", DAY), date("bulan depan", "2023-03-01", MONTH));
    }

    @Test
    void withoutADateExpressionTheEventTakesThePublicationDate() {
        String text = "Presiden Joko Widodo mengecam serangan terhadap warga sipil di Gaza.";
        assertThat(DATES.resolve(text, sentence(text), span(text, "mengecam"), WED_1_FEB_2023))
                .isEqualTo(new EventDate(WED_1_FEB_2023, DAY, false));
    }

    @Test
    void withoutAPublicationDateOnlyDatesWithTheirYearResolve() {
        String text = "Kemarin, pejabat itu mengakui kesepakatan diteken pada 12 Agustus 2023.";
        assertThat(dates(text, null)).containsExactly(date("12 Agustus 2023", "2023-08-12", DAY));
        String relative = "Kemarin, pejabat itu mengakui kesepakatan diteken.";
        assertThat(DATES.resolve(relative, sentence(relative), span(relative, "diteken"), null)).isNull();
    }

    @Test
    void aDateInAnotherPartOfTheTextIsOutsideTheSentence() {
        String text = "Latihan itu digelar pada Senin (30/1). Korut mengecam latihan itu.";
        Sentence second = SEGMENTER.segment(text, List.of(new Span(0, text.length())), null).get(1);
        assertThat(DATES.resolve(text, second, span(text, "mengecam"), WED_1_FEB_2023))
                .isEqualTo(new EventDate(WED_1_FEB_2023, DAY, false));
    }

    @Test
    void yearsAndWeeksRollOverTheYearBoundary() {
        LocalDate newYear = LocalDate.of(2024, 1, 2);
        assertThat(dates("Harga cabai melonjak bulan lalu.", newYear))
                .containsExactly(date("bulan lalu", "2023-12-01", MONTH));
        assertThat(dates("Harga cabai melonjak pekan lalu.", newYear))
                .containsExactly(date("pekan lalu", "2023-12-26", DAY));
        assertThat(dates("Harga cabai melonjak Jumat lalu.", newYear))
                .containsExactly(date("Jumat lalu", "2023-12-29", DAY));
        assertThat(dates("Harga cabai melonjak pada 28 Desember.", newYear))
                .containsExactly(date("28 Desember", "2023-12-28", DAY));
    }

    static Span span(String text, String word) {
        int at = text.indexOf(word);
        return new Span(at, at + word.length());
    }
}
