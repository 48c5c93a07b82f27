package id.peristiwa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Published;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DateParserProperties {
    private static final DateParser PARSER = DateParser.indonesian();

    @Property
    void arbitraryStringsNeverThrow(@ForAll String text) {
        PARSER.parse(text);
        PARSER.find(text);
        PARSER.fromUrl(text);
    }

    @Property
    void everyFoundYearIsWithinRange(@ForAll String prefix, @ForAll @IntRange(min = 0, max = 9999) int year,
                                     @ForAll @IntRange(min = 0, max = 40) int day) {
        PARSER.find(prefix + " " + day + " Agustus " + year).map(Published::date).ifPresent(date ->
                assertThat(date.getYear()).isBetween(1900, 2100));
    }

    @Property
    void anIndonesianDateLineRoundTrips(@ForAll @IntRange(min = 1900, max = 2100) int year,
                                        @ForAll @IntRange(min = 1, max = 28) int day,
                                        @ForAll @IntRange(min = 0, max = 23) int hour) {
        String line = "Kamis, " + day + " Maret " + year + " " + hour + ".05 WIB";
        assertThat(PARSER.find(line).map(Published::toIso)).contains(
                String.format("%04d-03-%02dT%02d:05:00+07:00", year, day, hour));
    }
}
