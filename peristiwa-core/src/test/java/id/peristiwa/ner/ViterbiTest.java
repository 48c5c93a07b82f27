package id.peristiwa.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViterbiTest {
    private static final int T = EntityTags.COUNT;
    private static final int O = EntityTags.OUTSIDE;
    private static final int B_PER = EntityTags.begin(0);
    private static final int I_PER = B_PER + 1;
    private static final int B_LOC = EntityTags.begin(2);
    private static final int I_LOC = B_LOC + 1;

    private static float[] row(int tag, float score) {
        float[] r = new float[T];
        r[tag] = score;
        return r;
    }

    @Test
    void followsTheEmissionsWhenTransitionsAreNeutral() {
        // "Sugiono tiba di Beijing"
        float[][] e = {row(B_PER, 2), row(O, 1), row(O, 1), row(B_LOC, 3)};
        assertThat(Viterbi.decode(e, new float[(T + 1) * T])).containsExactly(B_PER, O, O, B_LOC);
    }

    @Test
    void neverStartsANameWithAnInsideTag() {
        float[][] e = {row(I_PER, 5), row(I_PER, 5)};
        e[0][B_PER] = 1;
        assertThat(Viterbi.decode(e, new float[(T + 1) * T])).containsExactly(B_PER, I_PER);
    }

    @Test
    void neverContinuesANameOfAnotherKind() {
        // "Wang Yi": the second word looks like a place continuation, but only I-PERSON may follow B-PERSON.
        float[][] e = {row(B_PER, 4), row(I_LOC, 3)};
        e[1][I_PER] = 1;
        assertThat(Viterbi.decode(e, new float[(T + 1) * T])).containsExactly(B_PER, I_PER);
    }

    @Test
    void transitionsCanOutweighEmissions() {
        float[][] e = {row(B_LOC, 1), row(O, 1)};
        e[1][I_LOC] = 0.5f;
        float[] transitions = new float[(T + 1) * T];
        transitions[(B_LOC + 1) * T + I_LOC] = 2;
        assertThat(Viterbi.decode(e, transitions)).containsExactly(B_LOC, I_LOC);
    }

    @Test
    void anEmptySentenceHasNoTags() {
        assertThat(Viterbi.decode(new float[0][], new float[(T + 1) * T])).isEmpty();
    }
}
