package id.peristiwa.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Country names in a language from the JDK's CLDR data, by ISO 3166 alpha-3 code: the base of the country
 * gazetteer, so that the pack's files need list only the press's own forms and aliases.
 */
final class CountryNames {
    private CountryNames() {
    }

    /**
     * The display name of every ISO 3166 country in {@code language}, keyed by alpha-3 code. A parenthesized
     * qualifier is dropped ("Myanmar (Burma)" gives "Myanmar").
     */
    static Map<String, String> of(Locale language) {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = Locale.of("", alpha2);
            String alpha3;
            try {
                alpha3 = country.getISO3Country();
            } catch (MissingResourceException e) {
                continue; // a code with no alpha-3 equivalent cannot be a CAMEO country
            }
            String name = country.getDisplayCountry(language);
            int bracket = name.indexOf('(');
            if (bracket > 0) {
                name = name.substring(0, bracket);
            }
            name = name.strip();
            if (!alpha3.isEmpty() && !name.isEmpty()) {
                names.put(alpha3, name);
            }
        }
        return Map.copyOf(names);
    }
}
