package id.peristiwa.extract;

import java.util.Locale;

/** The groups of the interface vocabulary: what a phrase on a captured page is there for. */
enum InterfaceKind {
    NAVIGATION, HOME, SECTION, SHARING, COMMENTS, RELATED, ADS, LEGAL, LOADING, MEDIA, KICKER,
    BYLINE, DATE, POSITION, SPEECH, CONNECTOR;

    /**
     * True for kinds that are site chrome by themselves; section names, bylines, dates, picture positions and
     * verbs of saying are only hints.
     */
    boolean isChrome() {
        return switch (this) {
            case SECTION, BYLINE, DATE, POSITION, SPEECH, CONNECTOR -> false;
            default -> true;
        };
    }

    /** True for kinds after which the article body does not resume (comment threads, footers). */
    boolean endsPage() {
        return this == COMMENTS || this == LEGAL;
    }

    static InterfaceKind ofGroup(String group) {
        return valueOf(group.toUpperCase(Locale.ROOT));
    }
}
