package id.peristiwa.text;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of {@link TokenFlag}s held as one bit per flag, iterated in the flags' declared order: asking
 * whether a token carries a flag, which the analysis does for nearly every token many times over, is one bit test.
 */
final class FlagSet extends AbstractSet<TokenFlag> {
    private static final TokenFlag[] FLAGS = TokenFlag.values();

    static {
        if (FLAGS.length > Integer.SIZE) {
            throw new IllegalStateException("more token flags than bits in an int: " + FLAGS.length);
        }
    }

    /**
     * One set for each combination of the first twelve flags (up to the clitics), which nearly every token's flags
     * are: tokens share them instead of each holding a set of its own.
     */
    private static final FlagSet[] SHARED = new FlagSet[1 << Math.min(12, FLAGS.length)];

    static {
        for (int bits = 0; bits < SHARED.length; bits++) {
            SHARED[bits] = new FlagSet(bits);
        }
    }

    private final int bits;

    private FlagSet(int bits) {
        this.bits = bits;
    }

    /** {@code flags} as a flag set; the same object when it is one already. */
    static FlagSet of(Collection<TokenFlag> flags) {
        if (flags instanceof FlagSet set) {
            return set;
        }
        int bits = 0;
        for (TokenFlag f : flags) {
            bits |= 1 << f.ordinal();
        }
        return bits < SHARED.length ? SHARED[bits] : new FlagSet(bits);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof TokenFlag f && (bits & 1 << f.ordinal()) != 0;
    }

    @Override
    public boolean isEmpty() {
        return bits == 0;
    }

    @Override
    public int size() {
        return Integer.bitCount(bits);
    }

    @Override
    public Iterator<TokenFlag> iterator() {
        return new Iterator<>() {
            private int left = bits;

            @Override
            public boolean hasNext() {
                return left != 0;
            }

            @Override
            public TokenFlag next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                int ordinal = Integer.numberOfTrailingZeros(left);
                left &= left - 1;
                return FLAGS[ordinal];
            }
        };
    }
}
