package id.peristiwa.text;

/**
 * What a {@link Token} is, beyond its text. A token carries any number of flags; a plain word carries none.
 */
public enum TokenFlag {
    /** Digits with their separators: "28.500", "1,5", "31/1", "10.15". */
    NUMBER,
    /** A web address, kept whole: "https://www.bps.go.id/berita", "www.kpk.go.id". */
    URL,
    /** An e-mail address: "humas@polri.go.id". */
    EMAIL,
    /** A hashtag, the "#" included: "#PemiluDamai". */
    HASHTAG,
    /** A user mention, the "@" included: "@jokowi". */
    MENTION,
    /** Punctuation: a period, a run of periods, a comma, a dash, a bracket, a quotation mark. */
    PUNCTUATION,
    /** A quotation mark of any kind (also flagged {@link #PUNCTUATION}). */
    QUOTE,
    /** Anything else that is neither word nor punctuation: "%", "$", an emoji. */
    SYMBOL,
    /** A reduplicated word, kept whole: "anak-anak", "latihan-latihan", "bermain-main". */
    REDUPLICATION,
    /** The enclitic "-nya" is attached: "rumahnya". */
    CLITIC_NYA,
    /** The emphatic particle "-lah" is attached: "inilah". */
    CLITIC_LAH,
    /** The question particle "-kah" is attached: "apakah". */
    CLITIC_KAH,
    /** The proclitic "ku-" is attached: "kuambil". */
    PREFIX_KU,
    /** The proclitic "kau-" is attached: "kaulihat". */
    PREFIX_KAU,
    /** A word whose final period belongs to it: "dkk.", "Tbk.", "S.H.", an initial "B.". */
    ABBREVIATION,
    /** An abbreviation that stands before a name, a place or a number and so never ends a sentence: "Dr.". */
    TITLE,
    /** A single capital letter with its period, part of a name: the "B." and "J." of "B. J. Habibie". */
    INITIAL
}
