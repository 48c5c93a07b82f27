package id.peristiwa.entity;

import java.util.Locale;

/** What a back-reference expression points to; the groups of the pack's {@code references.txt}. */
enum ReferenceKind {
    /** One person: "dia", "ia", "beliau". */
    PERSON,
    /** The speaker of a statement: "katanya", "tambahnya". */
    SPEAKER,
    /** Two people: "kedua pejabat tersebut". */
    PERSONS,
    /** Two countries or governments: "kedua negara". */
    COUNTRIES,
    /** Two parties of whatever kind the nearest actor is: "keduanya". */
    PAIR,
    /** One country or government: "negara ini". */
    COUNTRY,
    /** One organization: "lembaga tersebut". */
    ORGANIZATION,
    /** The side of the nearest actor: "pihaknya". */
    PARTY;

    static ReferenceKind ofGroup(String group) {
        return valueOf(group.toUpperCase(Locale.ROOT));
    }

    /** How many referents the expression needs. */
    int arity() {
        return switch (this) {
            case PERSONS, COUNTRIES, PAIR -> 2;
            default -> 1;
        };
    }
}
