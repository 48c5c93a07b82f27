package id.peristiwa.export;

import id.peristiwa.lang.LanguagePackFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The other codes of an ISO 3166 alpha-3 country that export formats ask for: ISO alpha-2 (PLOVER's
 * {@code eventLoc}), FIPS 10-4 (GDELT's geographic fields) and an English name (GDELT's full place names),
 * from {@code id/peristiwa/export/country-codes.txt} and the JDK's CLDR data. Immutable; loaded once.
 */
final class CountryCodes {
    static final String RESOURCE = "id/peristiwa/export/country-codes.txt";

    private record Codes(String alpha2, String fips) {
    }

    private static final class Standard {
        static final CountryCodes INSTANCE = load();
    }

    private final Map<String, Codes> byAlpha3;

    private CountryCodes(Map<String, Codes> byAlpha3) {
        this.byAlpha3 = byAlpha3;
    }

    /** The table shipped with Peristiwa. */
    static CountryCodes standard() {
        return Standard.INSTANCE;
    }

    private static CountryCodes load() {
        Map<String, Codes> codes = new HashMap<>();
        for (List<String> lines : LanguagePackFile.groups(RESOURCE).values()) {
            for (String line : lines) {
                String[] parts = line.split("\\s+");
                if (parts.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": expected ALPHA3 ALPHA2 FIPS, got: " + line);
                }
                codes.put(parts[0], new Codes(parts[1], parts[2].equals("-") ? null : parts[2]));
            }
        }
        return new CountryCodes(Map.copyOf(codes));
    }

    /** Every alpha-3 code the table lists. */
    List<String> alpha3Codes() {
        return byAlpha3.keySet().stream().sorted().toList();
    }

    /** The FIPS 10-4 code of {@code alpha3}, or null when unknown or when FIPS has no single code for it. */
    String fips(String alpha3) {
        Codes codes = alpha3 == null ? null : byAlpha3.get(alpha3);
        return codes == null ? null : codes.fips();
    }

    /** The ISO alpha-2 code of {@code alpha3}, or null when unknown. */
    String alpha2(String alpha3) {
        Codes codes = alpha3 == null ? null : byAlpha3.get(alpha3);
        return codes == null ? null : codes.alpha2();
    }

    /**
     * The English short name of {@code alpha3} ("South Korea", "Myanmar"), a parenthesized qualifier dropped,
     * or null when unknown.
     */
    String englishName(String alpha3) {
        String alpha2 = alpha2(alpha3);
        if (alpha2 == null) {
            return null;
        }
        String name = Locale.of("", alpha2).getDisplayCountry(Locale.ENGLISH);
        return name.equals(alpha2) ? null : name.replaceFirst("\\s*\\(.*\\)$", "");
    }
}
