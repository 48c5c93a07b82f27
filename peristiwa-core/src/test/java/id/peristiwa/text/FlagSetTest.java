package id.peristiwa.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagSetTest {
    @Test
    void holdsWhatItWasGivenAndEqualsAnyOtherSetOfTheSameFlags() {
        Set<TokenFlag> given = EnumSet.of(TokenFlag.INITIAL, TokenFlag.NUMBER, TokenFlag.CLITIC_NYA);
        FlagSet set = FlagSet.of(given);
        assertThat(set).containsExactly(TokenFlag.NUMBER, TokenFlag.CLITIC_NYA, TokenFlag.INITIAL);
        assertThat(set.contains(TokenFlag.CLITIC_NYA)).isTrue();
        assertThat(set.contains(TokenFlag.URL)).isFalse();
        assertThat(set.contains("NUMBER")).isFalse();
        assertThat(set).hasSize(3).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(Set.copyOf(given)).isEqualTo(set);
        assertThat(FlagSet.of(set)).isSameAs(set);
    }

    @Test
    void anEmptySetAndEveryFlag() {
        assertThat(FlagSet.of(List.of())).isEmpty();
        assertThat(FlagSet.of(EnumSet.allOf(TokenFlag.class))).containsExactly(TokenFlag.values());
    }

    @Test
    void cannotBeChanged() {
        FlagSet set = FlagSet.of(EnumSet.of(TokenFlag.URL));
        assertThatThrownBy(() -> set.add(TokenFlag.EMAIL)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.remove(TokenFlag.URL)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(set::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(set).containsExactly(TokenFlag.URL);
    }
}
