package id.peristiwa.ner;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.entity.NameWords;
import org.junit.jupiter.api.Test;

/** The gazetteer parts the tagger reads of a word. */
class KnownNamesTest {
    private final KnownNames known = KnownNames.indonesian();

    private static int bit(int kind, int part) {
        return part << kind * KnownNames.BITS;
    }

    @Test
    void eachKindHasItsOwnBits() {
        int organization = KnownNames.KINDS.indexOf(id.peristiwa.entity.MentionKind.ORGANIZATION);
        int location = KnownNames.KINDS.indexOf(id.peristiwa.entity.MentionKind.LOCATION);
        assertThat(known.of("RCTI")).isEqualTo(bit(organization, NameWords.WHOLE));
        assertThat(known.of("Jenewa")).isEqualTo(bit(location, NameWords.WHOLE));
        assertThat(known.of("berkata")).isZero();
    }
}
