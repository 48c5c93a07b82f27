package id.peristiwa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineShapeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kami siap menghadapi ancaman apa pun.|true",
        "\"Kami siap,\" kata Lee.|true",
        "Apakah Korea Utara akan menanggapi?|true",
        "Pertemuan dilanjutkan besok. [noe]|true",
        "Bantuan tiba di Yangon. (ant/rdw)|true",
        "Ia menegaskan sikap pemerintah (ant).|true",
        "Para menteri menyepakati tiga hal berikut:|true",
        "AS dan Korsel Sepakat Perluas Latihan Militer|false",
        "(ant/rdw)|false",
        "Menlu Retno (kiri) bersama Menlu Wang Yi (kanan)|false",
        "Baca juga: Korut Kecam Latihan Gabungan|false",
        "Tahun lalu (2024) [catatan redaksi yang terlalu panjang untuk kode]|false"})
    void endsSentenceLikeProse(String line, boolean expected) {
        assertThat(LineShape.endsSentence(line)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Menlu Retno bertemu Menlu Wang Yi di Beijing.|false",
        "Pertemuan digelar di Seoul. Ia menambahkan bahwa latihan berlanjut.|true",
        "Latihan usai. \"Kami siap,\" katanya.|true",
        "Ia bertanya, \"Mengapa?\" Lalu pergi.|true",
        "Harga naik 1.5 persen. kemudian turun.|false",
        "Kapal tiba pukul 10.30 WIB di pelabuhan.|false",
        "Sidang ditunda (hingga Senin.) Jaksa hadir.|true",
        "Ia berkata: Selesai.|false"})
    void findsASentenceEndInsideTheLine(String line, boolean expected) {
        assertThat(LineShape.hasInnerSentenceEnd(line)).isEqualTo(expected);
    }
}
