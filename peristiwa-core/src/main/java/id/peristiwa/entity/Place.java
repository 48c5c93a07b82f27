package id.peristiwa.entity;

import java.util.Objects;

/**
 * A place the gazetteer knows, with its coordinates: a city, a region, or a country (located at its capital,
 * the first one {@code gazetteer/places.txt} lists for it).
 *
 * @param name    the canonical name ("Seoul", "Semenanjung Korea", "Korea Selatan")
 * @param country ISO 3166 alpha-3 of the country it lies in, or null for regions spanning several
 * @param lat     latitude in degrees, or null when the gazetteer gives none (wide regions)
 * @param lon     longitude in degrees, or null when the gazetteer gives none
 * @param kind    what kind of place it is
 */
public record Place(String name, String country, Double lat, Double lon, PlaceKind kind) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("a place has both coordinates or neither: " + name);
        }
    }
}
