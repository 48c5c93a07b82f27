package id.peristiwa.event;

import java.util.Objects;

/**
 * Where an event happened.
 *
 * @param name      the place as named ("Seoul", "Semenanjung Korea"), or the actor country's name for a fallback
 * @param country   ISO 3166 alpha-3 of the country it lies in, or null for international waters and regions
 * @param lat       latitude in degrees, or null when unknown
 * @param lon       longitude in degrees, or null when unknown
 * @param precision how precise it is; {@link PlacePrecision#ACTOR_COUNTRY} flags the fallback
 */
public record EventPlace(String name, String country, Double lat, Double lon, PlacePrecision precision) {
    public EventPlace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
    }
}
