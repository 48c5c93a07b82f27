package id.peristiwa.store;

import id.peristiwa.event.PloverType;
import id.peristiwa.pipeline.AnalyzedArticle;
import java.time.LocalDate;
import java.util.List;

/**
 * Articles for story and cluster tests: one wire report of a North Korean missile launch as the agency sent it,
 * the same report republished by another site with its own opening and footer, a second report of the launch
 * written separately, and a later launch.
 */
final class WireStories {

    /** The wire report's opening sentences. */
    static final String OPENING = "Kementerian Luar Negeri Korea Selatan menyatakan keprihatinan mendalam atas "
            + "peluncuran rudal balistik oleh Korea Utara pada Kamis pagi. Rudal itu ditembakkan dari sekitar "
            + "Pyongyang dan jatuh di perairan timur semenanjung setelah terbang sekitar 600 kilometer, menurut "
            + "Kepala Staf Gabungan.";
    /** Its middle sentences. */
    static final String MIDDLE = "Pemerintah Korea Selatan segera menggelar rapat dewan keamanan nasional untuk "
            + "membahas langkah tanggapan bersama sekutunya. Seoul akan berkoordinasi erat dengan Washington dan "
            + "Tokyo untuk memantau kemungkinan peluncuran berikutnya, kata seorang pejabat kementerian.";
    /** Its closing sentences. */
    static final String CLOSING = "Peluncuran ini merupakan yang ketiga dalam bulan ini dan terjadi hanya "
            + "beberapa hari setelah latihan militer gabungan berakhir. Para analis menilai Pyongyang sedang "
            + "menguji rudal berbahan bakar padat yang lebih sulit dideteksi sebelum diluncurkan.";
    /** The whole wire report. */
    static final String BODY = OPENING + " " + MIDDLE + " " + CLOSING;

    private WireStories() {
    }

    /** The agency's own copy, with its dateline and credits. */
    static AnalyzedArticle agency() {
        return launch("wire-antara", "antaranews.com", "Seoul (ANTARA) - " + BODY
                + " Pewarta: Rina Sari. Editor: Budi Santoso. COPYRIGHT © ANTARA 2024", LocalDate.of(2024, 3, 14));
    }

    /** The same text republished two weeks later, with another opening and footer; its date came out later. */
    static AnalyzedArticle republished() {
        return launch("wire-kabar", "kabarnusantara.id", "Ketegangan di Semenanjung Korea kembali meningkat "
                + "pekan ini. " + BODY + " Baca juga: Harga minyak dunia turun tipis. Artikel ini telah tayang "
                + "di kabarnusantara.id dengan judul serupa.", LocalDate.of(2024, 3, 28));
    }

    /** The republisher's page rewritten into a commentary: no longer a copy of the wire story. */
    static AnalyzedArticle rewritten() {
        return launch("wire-kabar", "kabarnusantara.id", "Rudal balistik kembali ditembakkan Korea Utara "
                + "ke perairan timur, dan kali ini pemerintah di Seoul memilih menahan diri setelah peluncuran rudal "
                + "itu. Sikap tersebut, kata pengamat keamanan, menandakan perubahan strategi setelah "
                + "berbagai sanksi gagal mengubah perilaku Pyongyang.", LocalDate.of(2024, 3, 28));
    }

    /** A report of the same launch written separately, with two mentions of it, a day later. */
    static AnalyzedArticle separateReport(boolean secondMention) {
        String text = "Korea Utara meluncurkan rudal balistik ke arah Laut Timur, kata militer Korea Selatan. "
                + (secondMention ? "Pyongyang juga menembakkan rudal jelajah beberapa jam kemudian. " : "")
                + "Jepang melaporkan rudal itu jatuh di luar zona ekonomi eksklusifnya.";
        Articles a = Articles.article("report-antara").outlet("antaranews.com").text(text)
                .event(PloverType.THREATEN, "138", -7.0, "meluncurkan", List.of(Articles.PRK),
                        List.of(Articles.KORGOV), LocalDate.of(2024, 3, 15));
        if (secondMention) {
            a.event(PloverType.THREATEN, "138", -7.0, "menembakkan", List.of(Articles.PRK),
                    List.of(Articles.KORGOV), LocalDate.of(2024, 3, 15));
        }
        return a.build();
    }

    /** A launch ten days later, reported by a third outlet. */
    static AnalyzedArticle laterLaunch() {
        return Articles.article("later").outlet("kabar.id")
                .text("Korea Utara kembali meluncurkan rudal jarak pendek pada Senin, sehari setelah Seoul "
                        + "mengumumkan latihan udara bersama Amerika Serikat, kata Kepala Staf Gabungan.")
                .event(PloverType.THREATEN, "138", -7.0, "meluncurkan", List.of(Articles.PRK),
                        List.of(Articles.KORGOV), LocalDate.of(2024, 3, 25))
                .build();
    }

    /** An unrelated market report. */
    static AnalyzedArticle market() {
        return Articles.article("market").outlet("kabar.id")
                .text("Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per kilogram menjelang "
                        + "Ramadan, kata pedagang. Pasokan dari sentra produksi di Jawa Timur berkurang akibat hujan.")
                .build();
    }

    private static AnalyzedArticle launch(String id, String outlet, String text, LocalDate date) {
        return Articles.article(id).outlet(outlet).text(text)
                .event(PloverType.THREATEN, "138", -7.0, "peluncuran rudal", List.of(Articles.PRK),
                        List.of(Articles.KORGOV), date)
                .build();
    }
}
