package id.peristiwa.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms of an Indonesian root, each with the voice it gives: meN- with its allomorphs and dropped
 * initials (kecam → mengecam, pukul → memukul, serang → menyerang, tolak → menolak), di-, and ber-, memper- and
 * diper- where the entry asks,
 * ter-, the suffixes -kan and -i, and the nominalizations root-an, peN-an, per-an and ke-an. Generating the forms
 * once at load time lets the coder match a token by one hash look-up instead of stemming every word. Both the
 * dropped and the kept initial are generated for k, p, t and s, so loans that keep theirs ("mengkritik",
 * "memprotes", "mentolerir") match too; a form that is no word costs nothing.
 */
final class Inflections {

    /** Which nominalizations a root has. */
    enum Noun { AN, PEAN, PERAN, KEAN }

    private static final String[] SUFFIXES = {"", "kan", "i"};

    private Inflections() {
    }

    /**
     * The forms of {@code root}.
     *
     * @param bare     whether the root itself is a form
     * @param bareNoun whether the bare root is a noun (NOMINAL) rather than a predicate (ACTIVE)
     * @param per      whether the root takes memper- and diper- ("memperluas"); few do, and the others would
     *                 collide with real words ("mempertahankan" is no "menahan")
     * @param ber      whether the root takes ber- ("bertemu"); where it is another word ("bertahan", "berkuasa")
     *                 the entry leaves it out
     * @param nouns    the nominalizations to generate
     * @return form to voice, in generation order; the first voice given to a form wins
     */
    static Map<String, Voice> forms(String root, boolean bare, boolean bareNoun, boolean per, boolean ber,
            Set<Noun> nouns) {
        Map<String, Voice> forms = new LinkedHashMap<>();
        if (bare) {
            forms.put(root, bareNoun ? Voice.NOMINAL : Voice.ACTIVE);
        }
        for (String suffix : SUFFIXES) {
            for (String stem : nasalized(root, "me")) {
                forms.putIfAbsent(stem + suffix, Voice.ACTIVE);
            }
            forms.putIfAbsent("di" + root + suffix, Voice.PASSIVE);
            if (per) {
                forms.putIfAbsent("memper" + root + suffix, Voice.ACTIVE);
                forms.putIfAbsent("diper" + root + suffix, Voice.PASSIVE);
            }
            forms.putIfAbsent("ter" + root + suffix, Voice.PASSIVE);
        }
        if (ber) {
            forms.putIfAbsent(ber(root), Voice.ACTIVE);
            forms.putIfAbsent(ber(root) + "kan", Voice.ACTIVE);
        }
        if (nouns.contains(Noun.AN)) {
            forms.putIfAbsent(root + "an", Voice.NOMINAL);
        }
        if (nouns.contains(Noun.PEAN)) {
            for (String stem : nasalized(root, "pe")) {
                forms.putIfAbsent(stem + "an", Voice.NOMINAL);
            }
        }
        if (nouns.contains(Noun.PERAN)) {
            forms.putIfAbsent((root.startsWith("r") ? "pe" : "per") + root + "an", Voice.NOMINAL);
        }
        if (nouns.contains(Noun.KEAN)) {
            forms.putIfAbsent("ke" + root + "an", Voice.NOMINAL);
        }
        return forms;
    }

    /**
     * The root behind a nasal prefix ({@code "me"} or {@code "pe"}): the nasal takes the place of the first
     * consonant where Indonesian drops it, and stands before it otherwise; one-syllable roots take "-nge-".
     */
    static Set<String> nasalized(String root, String prefix) {
        if (root.isEmpty()) {
            return Set.of();
        }
        if (syllables(root) == 1) {
            return Set.of(prefix + "nge" + root);
        }
        char first = root.charAt(0);
        String rest = root.substring(1);
        return switch (first) {
            case 'a', 'e', 'i', 'o', 'u', 'g', 'h' -> Set.of(prefix + "ng" + root);
            case 'k' -> Set.of(prefix + "ng" + rest, prefix + "ng" + root);
            case 'p' -> Set.of(prefix + "m" + rest, prefix + "m" + root);
            case 'b', 'f', 'v' -> Set.of(prefix + "m" + root);
            case 't' -> Set.of(prefix + "n" + rest, prefix + "n" + root);
            case 's' -> Set.of(prefix + "ny" + rest, prefix + "n" + root);
            case 'c', 'd', 'j', 'z' -> Set.of(prefix + "n" + root);
            default -> Set.of(prefix + root);
        };
    }

    /** ber- before most roots, be- before r and before a first syllable in -er ("bekerja"). */
    private static String ber(String root) {
        boolean erSyllable = root.length() > 3 && !isVowel(root.charAt(0)) && root.startsWith("er", 1)
                && !isVowel(root.charAt(3));
        return root.startsWith("r") || erSyllable ? "be" + root : "ber" + root;
    }

    /** Syllables: one per vowel, the diphthongs ai, au and oi counting once ("jual" has two, "pantau" two). */
    private static int syllables(String word) {
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            if (isVowel(word.charAt(i))) {
                count++;
                if (i + 1 < word.length() && diphthong(word.charAt(i), word.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return count;
    }

    private static boolean diphthong(char a, char b) {
        return a == 'a' && (b == 'i' || b == 'u') || a == 'o' && b == 'i';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
