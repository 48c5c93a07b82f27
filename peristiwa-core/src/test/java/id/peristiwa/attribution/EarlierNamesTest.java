package id.peristiwa.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlierNamesTest {

    private static Mention at(String text, String name, int from, MentionKind kind, Actor actor) {
        int start = text.indexOf(name, from);
        return new Mention(new Span(start, start + name.length()), name, kind, actor);
    }

    @Test
    void findsTheLastPersonWhoseNameHoldsTheWords() {
        String text = "Menhan AS Lloyd Austin bertemu Menhan Jepang Gen Nakatani. Kemenhan Austin menyatakan, "
                + "kata Austin.";
        Actor usa = new Actor("USAGOV", "USA", "GOV", "Lloyd Austin", "Menteri Pertahanan");
        List<Mention> mentions = List.of(
                at(text, "Lloyd Austin", 0, MentionKind.PERSON, usa),
                at(text, "Gen Nakatani", 0, MentionKind.PERSON, null),
                at(text, "Kemenhan Austin", 0, MentionKind.ORGANIZATION, null));
        EarlierNames names = new EarlierNames(text, mentions);
        int said = text.lastIndexOf("Austin");

        assertThat(names.person("Austin", said)).isZero();
        assertThat(names.person("AUSTIN", said)).as("case is ignored").isZero();
        assertThat(names.person("Nakatani", said)).isEqualTo(1);
        assertThat(names.person("Menteri Pertahanan", said)).as("the actor's role counts").isZero();
        assertThat(names.person("Aust", said)).as("whole words only").isEqualTo(-1);
        assertThat(names.person("Kemenhan Austin", said)).as("organizations are not speakers' names").isEqualTo(-1);
        assertThat(names.person("Austin", mentions.get(0).start())).as("only mentions before").isEqualTo(-1);
    }

    @Test
    void laterMentionWinsOverEarlierOne() {
        String text = "Budi Santoso datang. Budi Santoso pergi. Kata Budi.";
        List<Mention> mentions = List.of(
                at(text, "Budi Santoso", 0, MentionKind.PERSON, null),
                at(text, "Budi Santoso", 5, MentionKind.PERSON, null));
        EarlierNames names = new EarlierNames(text, mentions);

        assertThat(names.person("Budi", text.lastIndexOf("Budi"))).isEqualTo(1);
        assertThat(names.person("Budi Santoso", mentions.get(1).start())).isZero();
    }

    @Test
    void writtenBeforeReadsWholeWordsEndingInTime() {
        assertRepeats("");
    }

    @Test
    void writtenBeforePastTheDirectScanAnswersTheSameFromTheIndex() {
        assertRepeats("hujan deras. ".repeat(EarlierNames.DIRECT_SCAN / 10));
    }

    private static void assertRepeats(String before) {
        String text = before + "Austinville ramai. Kata Austin, lalu Austin-nya pergi.";
        EarlierNames names = new EarlierNames(text, List.of());
        int first = text.indexOf("Austin,");

        assertThat(names.writtenBefore("Austin", first)).as("inside a longer word only").isFalse();
        assertThat(names.writtenBefore("Austin", first + "Austin".length())).as("ends right there").isTrue();
        assertThat(names.writtenBefore("Kata Austin", text.length())).isTrue();
        assertThat(names.writtenBefore("Kata Austi", text.length())).isFalse();
        assertThat(names.writtenBefore("Austin", text.length())).isTrue();
        assertThat(names.writtenBefore("Jokowi", text.length())).isFalse();
        assertThat(names.writtenBefore("(Austin)", text.length())).as("a speaker's words start with a letter")
                .isFalse();
    }

    @Test
    void eachQuestionReadsABoundedNumberOfPlaces() {
        StringBuilder text = new StringBuilder("Budi Santoso tiba. ");
        text.append("hujan deras. ".repeat(EarlierNames.DIRECT_SCAN / 10));
        List<Mention> mentions = new ArrayList<>();
        mentions.add(new Mention(new Span(0, 12), "Budi Santoso", MentionKind.PERSON, null));
        // Past the mentions an article is read back through without an index.
        for (int i = 0; i < EarlierNames.DIRECT_SCAN_MENTIONS; i++) {
            int start = text.length();
            text.append("Siti Aminah hadir. ");
            mentions.add(new Mention(new Span(start, start + 11), "Siti Aminah", MentionKind.PERSON, null));
        }
        for (int i = 0; i < EarlierNames.MAX_CANDIDATES; i++) {
            int start = text.length();
            text.append("Budi Wijaya").append(i).append(" hadir. ");
            mentions.add(new Mention(new Span(start, start + 11), "Budi Wijaya", MentionKind.PERSON, null));
        }
        int end = text.length();
        EarlierNames names = new EarlierNames(text.toString(), mentions);

        assertThat(names.person("Budi Santoso", end)).as("past the bound the answer is no").isEqualTo(-1);
        assertThat(names.writtenBefore("Budi Santoso", end)).isFalse();
        assertThat(names.person("Budi Wijaya", end)).isEqualTo(mentions.size() - 1);
        assertThat(names.person("Siti Aminah", end)).isEqualTo(EarlierNames.DIRECT_SCAN_MENTIONS);
    }
}
