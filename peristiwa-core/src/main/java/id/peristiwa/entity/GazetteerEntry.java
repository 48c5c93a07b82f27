package id.peristiwa.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one line of a gazetteer file (or one PETRARCH actor) says about the names it lists.
 *
 * @param kind           how a match is read
 * @param name           the canonical name ("Korea Selatan", "Lloyd Austin", "Pentagon")
 * @param codes          the codes, dated or not; empty for places, bodies and roles that take a sector
 * @param sector         the sector a body or role gives the country after it, or null
 * @param defaultCountry the country a body or role means when none follows, or null
 * @param country        the country a place lies in, or null
 * @param metonym        whether a capital may stand for its government
 * @param source         where the entry was read ("gazetteer/places.txt", a PETRARCH file), for audit
 * @param unqualified    how a body named without its country, or a title without its place, is read
 */
record GazetteerEntry(EntryKind kind, String name, List<DatedCode> codes, String sector, String defaultCountry,
                      String country, boolean metonym, String source, Unqualified unqualified) {
    /** How a body named without a country after it is coded, or a title without a place after it read. */
    enum Unqualified {
        /** With its default country, if it has one. */
        DEFAULT,
        /**
         * With the country of the place its sentence names, else its default ("polisi" in Nairobi is Kenya's
         * police); for bodies found everywhere.
         */
        LOCAL,
        /**
         * With its default only when its head starts a capitalized name ("Kementerian Kelautan dan Perikanan"
         * is Indonesia's; "kementerian itu" is no mention here but a reference).
         */
        NAMED,
        /**
         * A title whose office is a region's: with no known place after it, its first capitalized word names the
         * region ("Bupati Sleman Harda Kiswaya", "Kapolres Kampar AKBP X"), since the gazetteer cannot list every
         * regency.
         */
        REGIONAL
    }

    GazetteerEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        codes = List.copyOf(codes);
    }

    /** An entry whose country never comes from the sentence's place. */
    GazetteerEntry(EntryKind kind, String name, List<DatedCode> codes, String sector, String defaultCountry,
                   String country, boolean metonym, String source) {
        this(kind, name, codes, sector, defaultCountry, country, metonym, source, Unqualified.DEFAULT);
    }

    /**
     * The code that applies on {@code date}: the first dated code covering it, else the first undated code,
     * else null.
     */
    String codeAt(LocalDate date) {
        String fallback = null;
        for (DatedCode code : codes) {
            if (code.undated()) {
                if (fallback == null) {
                    fallback = code.code();
                }
            } else if (code.covers(date)) {
                return code.code();
            }
        }
        return fallback;
    }
}
