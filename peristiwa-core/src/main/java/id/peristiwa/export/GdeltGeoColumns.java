package id.peristiwa.export;

import id.peristiwa.event.EventPlace;

/**
 * The eight columns GDELT writes for a place (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
 * FeatureID), filled from an {@link EventPlace}. The mapping is documented on {@link GdeltRows}.
 */
final class GdeltGeoColumns {
    /** GDELT's geographic resolutions. */
    static final int NONE = 0;
    static final int COUNTRY = 1;
    static final int US_STATE = 2;
    static final int US_CITY = 3;
    static final int WORLD_CITY = 4;
    static final int WORLD_STATE = 5;
    static final int COUNT = 8;

    private GdeltGeoColumns() {
    }

    /** Appends the eight columns for {@code place}; a null place gives type 0 and seven empty fields. */
    static void append(TsvRow row, EventPlace place) {
        if (place == null) {
            row.number(NONE);
            for (int i = 1; i < COUNT; i++) {
                row.blank();
            }
            return;
        }
        CountryCodes codes = CountryCodes.standard();
        String fips = codes.fips(place.country());
        int type = type(place);
        row.number(type);
        row.text(fullName(place, type, codes.englishName(place.country())));
        row.text(fips);
        row.text(type == COUNTRY ? fips : null);   // GDELT repeats the country code as ADM1 of a country match
        row.blank();                               // ADM2 (GAUL): not known
        row.text(place.lat() == null ? null : Decimals.plain(place.lat(), 4));
        row.text(place.lon() == null ? null : Decimals.plain(place.lon(), 4));
        row.text(type == COUNTRY ? fips : null);   // a country match's feature id is its code; GNS ids unknown
    }

    static int type(EventPlace place) {
        boolean us = "USA".equals(place.country());
        return switch (place.precision()) {
            case CITY -> us ? US_CITY : WORLD_CITY;
            case REGION -> us ? US_STATE : WORLD_STATE;
            case COUNTRY, ACTOR_COUNTRY -> place.country() == null ? WORLD_STATE : COUNTRY;
        };
    }

    private static String fullName(EventPlace place, int type, String countryName) {
        if (type == COUNTRY) {
            return countryName != null ? countryName : place.name();
        }
        return countryName == null || countryName.equals(place.name()) ? place.name() : place.name() + ", " + countryName;
    }
}
