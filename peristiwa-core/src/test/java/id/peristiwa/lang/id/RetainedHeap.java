package id.peristiwa.lang.id;

/**
 * Prints the heap retained by {@link LanguageIdentifier#standard()} after building and warming it: used heap after
 * garbage collection, before and after. Run in its own JVM by {@code LanguageIdentifierMemoryTest}.
 */
final class RetainedHeap {
    private RetainedHeap() {
    }

    public static void main(String[] args) {
        long before = usedAfterGc();
        LanguageIdentifier identifier = LanguageIdentifier.standard();
        String code = identifier.identify("Kerajaan Malaysia memaklumkan bahawa bekalan elektrik di Sabah pulih "
                + "sepenuhnya selepas gangguan selama enam jam semalam.").code();
        long after = usedAfterGc();
        System.out.println("warm-up=" + code);
        System.out.println("retained-bytes=" + (after - before));
        System.out.printf("retained-mb=%.1f%n", (after - before) / 1e6);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
