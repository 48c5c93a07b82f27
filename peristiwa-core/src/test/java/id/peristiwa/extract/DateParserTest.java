package id.peristiwa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Published;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private static final DateParser PARSER = DateParser.indonesian();

    private static String iso(Optional<Published> published) {
        return published.map(Published::toIso).orElse("none");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            2021-08-12T10:15:00+07:00              ; 2021-08-12T10:15:00+07:00
            2021-08-12T03:15:00Z                   ; 2021-08-12T03:15:00+00:00
            2021-08-12T10:15:00.123+0700           ; 2021-08-12T10:15:00+07:00
            2021-08-12 10:15:00                    ; 2021-08-12T10:15:00
            2021-08-12T10:15                       ; 2021-08-12T10:15:00
            2021-08-12                             ; 2021-08-12
            2021/08/12 10:15 WIB                   ; 2021-08-12T10:15:00+07:00
            Thu, 12 Aug 2021 03:15:00 GMT          ; 2021-08-12T03:15:00+00:00
            Kamis, 12 Agustus 2021 10:15 WIB       ; 2021-08-12T10:15:00+07:00
            Jum'at, 13 Agustus 2021 pukul 19.30 WITA ; 2021-08-13T19:30:00+08:00
            12 Agu 2021, 10:15                     ; 2021-08-12T10:15:00
            12 Agt 2021                            ; 2021-08-12
            3 Peb 2020 08:00 WIT                   ; 2020-02-03T08:00:00+09:00
            12 Nop 2019                            ; 2019-11-12
            12/08/2021 10:15                       ; 2021-08-12T10:15:00
            12-08-2021                             ; 2021-08-12
            12.08.2021                             ; 2021-08-12
            August 12, 2021                        ; 2021-08-12
            12 August 2021                         ; 2021-08-12
            Aug 12, 2021 10:15 AM                  ; 2021-08-12T10:15:00
            Aug 12, 2021 at 10:15 PM               ; 2021-08-12T22:15:00
            Aug 12, 2021 12:05 AM                  ; 2021-08-12T00:05:00
            Sept. 1st, 2019                        ; 2019-09-01
            12 Mei 2021 10:15 GMT+7                ; 2021-05-12T10:15:00+07:00
            1 Desember 2021 23.59 WIB              ; 2021-12-01T23:59:00+07:00
            """)
    void parsesDateStrings(String text, String expected) {
        assertThat(iso(PARSER.parse(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            Kamis, 12 Agustus 2021 10:15 WIB                          ; 2021-08-12T10:15:00+07:00
            Senin 31 Jan 2022 | 14:05 WIB                             ; 2022-01-31T14:05:00+07:00
            Diperbarui 12/08/2021, 10.15 WIB                          ; 2021-08-12T10:15:00+07:00
            Oleh Rina Hartati - Selasa, 5 Okt 2021 - 07:45 WIB        ; 2021-10-05T07:45:00+07:00
            JAKARTA, KOMPAS.com - Minggu (15/8/2021) siang            ; 2021-08-15
            Sebanyak 12 Agustus 2021 10.000 warga mengungsi           ; 2021-08-12
            Published 31 Februari 2021, updated 1 Maret 2021 08:00    ; 2021-03-01T08:00:00
            Ditulis 12 Agustus 2021 25:99 WIB                         ; 2021-08-12
            """)
    void findsDatesInsideLines(String line, String expected) {
        assertThat(iso(PARSER.find(line))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "31 Februari 2021", "30/02/2021", "2021-13-01", "12 Agustus 1899", "12 Agustus 2101", "2101-01-01",
        "10.15 WIB", "Harga naik 12 persen pada 2021", "", "   ", "1628738100"
    })
    void rejectsWhatIsNotAPossibleDate(String text) {
        assertThat(PARSER.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            https://news.kompas.com/read/2021/08/12/10150001/presiden-resmikan-bendungan    ; 2021-08-12
            https://www.antaranews.com/berita/20210812/menteri-tinjau-vaksinasi            ; 2021-08-12
            https://example.co.id/nasional/2021-08-12/banjir-bandang-di-garut             ; 2021-08-12
            https://example.co.id/arsip?date=2021-08-12&page=2                            ; 2021-08-12
            https://example.co.id/arsip?tanggal=12%2F08%2F2021                            ; 2021-08-12
            https://news.detik.com/berita/d-5678901/kpk-periksa-saksi                     ; none
            https://example.co.id/2021/02/31/tanggal-mustahil                             ; none
            """)
    void readsDatesFromUrls(String url, String expected) {
        assertThat(iso(PARSER.fromUrl(url.strip()))).isEqualTo(expected.strip());
    }
}
