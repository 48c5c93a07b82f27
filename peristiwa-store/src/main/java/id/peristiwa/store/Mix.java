package id.peristiwa.store;

/** A 64-bit finalizer that spreads every input bit over every output bit (SplitMix64's), for hashing. */
final class Mix {

    private Mix() {
    }

    /** The mixed value; a bijection on longs, so distinct inputs never collide. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
