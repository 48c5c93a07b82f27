package id.peristiwa.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gazetteer's places and country names by written form, for looking up where a named place is. Forms are
 * keyed by their normalized tokens, space-joined, so lookups ignore case. Filled while the dictionaries are read,
 * then only read.
 */
final class PlaceIndex {
    private static final Pattern COORDINATES = Pattern.compile("(-?\\d{1,3}(?:\\.\\d+)?),(-?\\d{1,3}(?:\\.\\d+)?)");

    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, String> countryForms = new HashMap<>();
    private final Map<String, Place> capitals = new HashMap<>();

    /**
     * Adds a line of {@code places.txt} read in {@code group} under the given keys; a later line for the same
     * key wins, as everywhere in the gazetteer. The first capital read for a country locates the country.
     */
    void addPlace(String group, GazetteerLine line, String country, Iterable<String> keys) {
        Double lat = null;
        Double lon = null;
        for (String value : line.values()) {
            Matcher m = COORDINATES.matcher(value);
            if (m.matches()) {
                lat = Double.valueOf(m.group(1));
                lon = Double.valueOf(m.group(2));
            }
        }
        PlaceKind kind = switch (group) {
            case "capital" -> PlaceKind.CAPITAL;
            case "region" -> PlaceKind.REGION;
            default -> PlaceKind.CITY;
        };
        Place place = new Place(line.name(), country, lat, lon, kind);
        keys.forEach(key -> places.put(key, place));
        if (kind == PlaceKind.CAPITAL && country != null && lat != null) {
            capitals.putIfAbsent(country, place);
        }
    }

    /** Adds a written form of a country. */
    void addCountry(String key, String alpha3) {
        countryForms.put(key, alpha3);
    }

    /** The place a key names, a city or region before a country of the same name; null when none. */
    Place place(String key, Map<String, String> countryNames) {
        Place place = places.get(key);
        if (place != null) {
            return place;
        }
        String alpha3 = countryForms.get(key);
        return alpha3 == null ? null : country(alpha3, countryNames.getOrDefault(alpha3, alpha3));
    }

    /** A country as a place, at its capital when the gazetteer lists one. */
    Place country(String alpha3, String name) {
        Place capital = capitals.get(alpha3);
        return new Place(name, alpha3, capital == null ? null : capital.lat(), capital == null ? null : capital.lon(),
                PlaceKind.COUNTRY);
    }
}
