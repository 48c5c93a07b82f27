package id.peristiwa.entity;

/** Turns CAMEO-style codes into {@link Actor}s, splitting a state code into its country and sector. */
final class ActorCodes {
    private final Dictionaries dictionaries;

    ActorCodes(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /**
     * The actor for {@code code}: a code whose first three letters are an ISO country is that country plus
     * the rest as sector ({@code USAMIL}); any other code (an {@code IGO...}) has neither.
     *
     * @return the actor, or null when {@code code} is null
     */
    Actor actor(String code, String name, String role) {
        if (code == null) {
            return null;
        }
        String country = code.length() >= 3 ? code.substring(0, 3) : null;
        if (country == null || !dictionaries.isCountry(country)) {
            return new Actor(code, null, null, name, role);
        }
        String sector = code.length() > 3 ? code.substring(3) : null;
        return new Actor(code, country, sector, name, role);
    }

    /** The bare country actor for {@code alpha3}, under its canonical name. */
    Actor country(String alpha3) {
        return new Actor(alpha3, alpha3, null, dictionaries.countryName(alpha3), null);
    }

    /** The country of a country entry (its one code). */
    static String countryOf(GazetteerEntry entry) {
        return entry.country() != null ? entry.country() : entry.codes().getFirst().code();
    }
}
