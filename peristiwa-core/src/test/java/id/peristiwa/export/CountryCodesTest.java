package id.peristiwa.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryCodesTest {
    private final CountryCodes codes = CountryCodes.standard();

    @Test
    void listsEveryIsoCountryWithTheJdksAlpha2() {
        for (String alpha2 : Locale.getISOCountries()) {
            String alpha3;
            try {
                alpha3 = Locale.of("", alpha2).getISO3Country();
            } catch (MissingResourceException e) {
                continue;
            }
            assertThat(codes.alpha2(alpha3)).as(alpha3).isEqualTo(alpha2);
        }
        assertThat(codes.alpha3Codes()).hasSize(250).contains("XKX");
    }

    @Test
    void fipsCodesWhereTheyDifferFromIso() {
        assertThat(codes.fips("KOR")).isEqualTo("KS");
        assertThat(codes.fips("PRK")).isEqualTo("KN");
        assertThat(codes.fips("AUS")).isEqualTo("AS");
        assertThat(codes.fips("ASM")).isEqualTo("AQ");
        assertThat(codes.fips("DEU")).isEqualTo("GM");
        assertThat(codes.fips("GBR")).isEqualTo("UK");
        assertThat(codes.fips("JPN")).isEqualTo("JA");
        assertThat(codes.fips("PHL")).isEqualTo("RP");
        assertThat(codes.fips("CHN")).isEqualTo("CH");
        assertThat(codes.fips("CHE")).isEqualTo("SZ");
        assertThat(codes.fips("TLS")).isEqualTo("TT");
        assertThat(codes.fips("MMR")).isEqualTo("BM");
        assertThat(codes.fips("IDN")).isEqualTo("ID");
        assertThat(codes.fips("MYS")).isEqualTo("MY");
        assertThat(codes.fips("XKX")).isEqualTo("KV");
    }

    @Test
    void territoriesWithoutOneFipsCodeAndUnknownCodesGiveNull() {
        assertThat(codes.fips("PSE")).isNull();
        assertThat(codes.fips("UMI")).isNull();
        assertThat(codes.fips("ZZZ")).isNull();
        assertThat(codes.fips(null)).isNull();
        assertThat(codes.alpha2("ZZZ")).isNull();
        assertThat(codes.englishName(null)).isNull();
    }

    @Test
    void fipsCodesAreUnique() {
        Set<String> seen = new HashSet<>();
        codes.alpha3Codes().stream().map(codes::fips).filter(Objects::nonNull)
                .forEach(fips -> assertThat(seen.add(fips)).as(fips).isTrue());
        assertThat(seen).hasSize(245);
    }

    @Test
    void englishNamesFromCldrWithoutQualifier() {
        assertThat(codes.englishName("KOR")).isEqualTo("South Korea");
        assertThat(codes.englishName("IDN")).isEqualTo("Indonesia");
        assertThat(codes.englishName("MMR")).isEqualTo("Myanmar");
    }
}
