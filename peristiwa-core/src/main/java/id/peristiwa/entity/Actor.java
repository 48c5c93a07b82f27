package id.peristiwa.entity;

import java.util.Objects;

/**
 * Who acts, coded in the CAMEO style: a country code ({@code USA}, {@code PRK}) or an international code
 * ({@code IGOUNO}), optionally followed by a sector ({@code GOV}, {@code MIL}, {@code MED}...), so that
 * {@code code} is {@code country + sector} for state actors.
 *
 * @param code    the full CAMEO-style code, never blank: {@code "KORGOV"}, {@code "USA"}, {@code "IGONAT"}
 * @param country the ISO 3166 alpha-3 country the actor belongs to, or null for international actors
 * @param sector  the sector code ({@code "GOV"}, {@code "MIL"}, ...), or null for a country acting as a whole
 * @param name    the canonical name of the actor ("Lloyd Austin", "Korea Selatan", "Pentagon")
 * @param role    the text that justified the code ("Menteri Pertahanan Korea Selatan"), or null
 */
public record Actor(String code, String country, String sector, String name, String role) {
    public Actor {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("blank actor code");
        }
        Objects.requireNonNull(name, "name");
    }

    /** The same actor with the role text that justified its code. */
    public Actor withRole(String newRole) {
        return new Actor(code, country, sector, name, newRole);
    }

    /** The same actor under another name, as a surname or pronoun refers to it. */
    public Actor withName(String newName) {
        return new Actor(code, country, sector, newName, role);
    }
}
