package id.peristiwa.entity;

import java.util.Locale;

/** What a back-reference expression points to; the groups of the pack's {@code references.txt}. */
enum ReferenceKind {
    /** One person: "dia", "ia", "beliau". */
    PERSON,
    /** The speaker of a statement: "katanya", "tambahnya", "menurutnya". */
    SPEAKER,
    /** Two (or, with a count, more) people: "kedua pejabat tersebut". */
    PERSONS,
    /** Two (or, with a count, more) countries or governments: "kedua negara", "ketiga negara itu". */
    COUNTRIES,
    /** Countries other than the one the sentence is about: "kedua tetangganya". */
    OTHERS,
    /** Two parties of whatever kind the nearest actor is: "keduanya". */
    PAIR,
    /** One country named before the sentence: "negara itu". */
    COUNTRY,
    /** The country of the nearest actor: "negaranya". */
    OWN_COUNTRY,
    /** One organization: "lembaga tersebut", "kementerian itu", "blok itu". */
    ORGANIZATION,
    /** A group actor acting as many, or people named together: "mereka". */
    GROUP,
    /** The side of the sentence's subject: "pihaknya". */
    PARTY,
    /** A capitalized compass word for half of a divided country named before: "Utara" after "Korea Utara". */
    HALF;

    /** Whether the expression counts only written with a capital and apart from other capitalized words. */
    boolean standsAlone() {
        return this == HALF;
    }

    /**
     * Whether the expression is read only outside quotations: inside one, "mereka" is most often whoever the
     * speaker talks about (witnesses, rivals, customers), seldom the group the reporter named before the quote.
     */
    boolean outsideQuotationOnly() {
        return this == GROUP;
    }

    /** The kind of a group name ("own-country" is {@link #OWN_COUNTRY}). */
    static ReferenceKind ofGroup(String group) {
        return valueOf(group.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** How many referents the expression needs when it gives no count of its own. */
    int arity() {
        return switch (this) {
            case PERSONS, COUNTRIES, OTHERS, PAIR -> 2;
            default -> 1;
        };
    }

    /** What a mention of an expression of this kind names, given the kind of its first referent. */
    MentionKind mentionKind(MentionKind referent) {
        return switch (this) {
            case PERSON, SPEAKER, PERSONS -> MentionKind.PERSON;
            case COUNTRIES, OTHERS, COUNTRY, OWN_COUNTRY, HALF -> MentionKind.COUNTRY;
            case ORGANIZATION -> MentionKind.ORGANIZATION;
            case GROUP, PAIR, PARTY -> referent;
        };
    }
}
