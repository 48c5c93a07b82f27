package id.peristiwa.text;

/**
 * Whether the two halves of a hyphenated word make a reduplication: the same word twice ("anak-anak"), or
 * the base repeated beside an affixed form ("bermain-main", "anak-anaknya", "sayur-sayuran").
 */
final class Reduplication {
    /** The shortest base that counts when the halves are not identical ("di-" or "ke-" forms are not bases). */
    private static final int MINIMUM_BASE = 3;

    private Reduplication() {
    }

    static boolean is(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        if (first.equals(second)) {
            return true;
        }
        String shorter = first.length() <= second.length() ? first : second;
        String longer = shorter == first ? second : first;
        return shorter.length() >= MINIMUM_BASE && (longer.startsWith(shorter) || longer.endsWith(shorter));
    }
}
