package id.peristiwa.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The runs of capitals found in one pass against the walk from each word to its run's ends. */
class CapitalRunsTest {

    /** A word view that is capitalized or not, with name cues. */
    private static WordView word(String surface, int cue) {
        return new WordView(surface, surface.toLowerCase(), "Xx", 0, new int[0], cue,
                0, Character.isUpperCase(surface.charAt(0)));
    }

    private static WordView[] sentence(List<WordView> words) {
        WordView stand = WordView.boundary("<s>", -2, 0);
        WordView[] v = new WordView[words.size() + 4];
        v[0] = stand;
        v[1] = stand;
        for (int i = 0; i < words.size(); i++) {
            v[i + 2] = words.get(i);
        }
        v[v.length - 2] = stand;
        v[v.length - 1] = stand;
        return v;
    }

    @Test
    void placesTheWordsOfAnOfficialsTitleAndName() {
        // "kata Menteri Luar Negeri Sugiono di Jakarta": one run of four, then a run of one.
        WordView[] v = sentence(List.of(word("kata", 0), word("Menteri", NameCues.TITLE), word("Luar", 0),
                word("Negeri", 0), word("Sugiono", 0), word("di", 0), word("Jakarta", NameCues.PLACE)));
        CapitalRuns runs = CapitalRuns.of(v);

        assertThat(runs.start(5)).isEqualTo(3);
        assertThat(runs.end(5)).isEqualTo(6);
        assertThat(runs.position(6)).isEqualTo(3);
        assertThat(runs.fromEnd(3)).isEqualTo(3);
        assertThat(runs.cue(6)).isEqualTo(NameCues.TITLE);
        assertThat(runs.cueDistance(6)).isEqualTo(3);
        assertThat(runs.cue(3)).isZero();
        assertThat(runs.cueDistance(3)).isZero();
        assertThat(runs.start(8)).isEqualTo(8);
        assertThat(runs.end(8)).isEqualTo(8);
        assertThat(runs.cue(8)).isZero();
    }

    @Property
    void equalsTheWalkFromEachWord(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 9) Integer> codes) {
        // Codes 0-3: a small word; 4-9: a capitalized one, with cues from the code.
        List<WordView> words = new ArrayList<>();
        for (int code : codes) {
            words.add(code < 4 ? word("dan", 0) : word("Nama", code % 8));
        }
        WordView[] v = sentence(words);
        CapitalRuns runs = CapitalRuns.of(v);
        for (int j = 2; j < v.length - 2; j++) {
            if (!v[j].capital()) {
                continue;
            }
            int s = j;
            while (v[s - 1].capital()) {
                s--;
            }
            int e = j;
            while (v[e + 1].capital()) {
                e++;
            }
            int cue = 0;
            int distance = 0;
            for (int m = j - 1; m >= s && cue == 0; m--) {
                cue = v[m].cue();
                distance = j - m;
            }
            assertThat(runs.start(j)).isEqualTo(s);
            assertThat(runs.end(j)).isEqualTo(e);
            assertThat(runs.position(j)).isEqualTo(Math.min(j - s, 4));
            assertThat(runs.fromEnd(j)).isEqualTo(Math.min(e - j, 4));
            assertThat(runs.cue(j)).isEqualTo(cue);
            assertThat(runs.cueDistance(j)).isEqualTo(Math.min(distance, 4));
        }
    }
}
