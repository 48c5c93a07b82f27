package id.peristiwa.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.peristiwa.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionariesTest {

    private static String code(Mention m) {
        return m.actor() == null ? null : m.actor().code();
    }

    @Test
    void aUserDirectoryAddsAndOverridesEntries(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("organizations.txt"), """
                # Local additions for a newsroom that follows maritime security.
                Bakamla | Badan Keamanan Laut => IDNMIL
                Kremlin => RUSMIL   # overrides the pack's RUSGOV, for this test only
                """);
        Files.writeString(dir.resolve("office-holders.txt"), "Irvansyah => IDNMIL@2023-01-01..\n");
        MentionFinder finder = MentionFinder.with(Dictionaries.load(List.of(dir)));
        assertThat(MentionFinderTest.find(finder, "Kepala Bakamla Irvansyah menyebut Kremlin diam saja.",
                LocalDate.of(2024, 3, 1)))
                .extracting(Mention::text, DictionariesTest::code)
                .containsExactly(tuple("Bakamla", "IDNMIL"), tuple("Irvansyah", "IDNMIL"), tuple("Kremlin", "RUSMIL"));
    }

    @Test
    void petrarchActorFilesBecomeDatedEntries(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sample.actors.txt"), """
                # A small dictionary in the PETRARCH format, names invented for the test.
                REPUBLIK_MERAPI_  [MRP]
                +MERAPI_
                BUDI_HARTAWAN_  # defence minister, then president
                +PRESIDENT_HARTAWAN_
                \t[MRPGOV 150301-191019]
                \t[MRPGOV >191020]
                \t[MRPBUS]
                SITI_ANGGRAINI_ [MRPOPP <121231] [MRPGOV 130101-180630]
                """);
        MentionFinder finder = MentionFinder.with(Dictionaries.load(List.of(dir)));
        assertThat(MentionFinderTest.find(finder, "Budi Hartawan dan Siti Anggraini mengunjungi Merapi.",
                LocalDate.of(2016, 6, 1)))
                .extracting(Mention::text, Mention::kind, DictionariesTest::code).containsExactly(
                        tuple("Budi Hartawan", MentionKind.PERSON, "MRPGOV"),
                        tuple("Siti Anggraini", MentionKind.PERSON, "MRPGOV"),
                        tuple("Merapi", MentionKind.COUNTRY, "MRP"));
        assertThat(MentionFinderTest.find(finder, "PRESIDENT HARTAWAN tiba.", LocalDate.of(2010, 1, 1)))
                .extracting(DictionariesTest::code).containsExactly("MRPBUS");
        assertThat(MentionFinderTest.find(finder, "Siti Anggraini tiba.", LocalDate.of(2019, 1, 1)).getFirst().actor())
                .isNull();
    }

    @Test
    void thePhoenixDictionariesCodePutinAsRussianGovernmentIn2020() {
        Path dir = SharedData.require("events/petrarch2/Phoenix.Countries.actors.txt").getParent();
        // Only the three actor files: the directory's other files are not gazetteer files and are ignored.
        Dictionaries dictionaries = Dictionaries.load(List.of(dir));
        assertThat(dictionaries.size()).isGreaterThan(30_000);
        List<Mention> mentions = MentionFinderTest.find(MentionFinder.with(dictionaries),
                "Vladimir Putin menerima kunjungan Presiden Prabowo di Moskow.", LocalDate.of(2020, 6, 1));
        assertThat(mentions.getFirst()).extracting(Mention::text, DictionariesTest::code)
                .containsExactly("Vladimir Putin", "RUSGOV");
    }
}
