package id.peristiwa.attribution;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;

/**
 * Who said a statement, as the text gives it.
 *
 * @param span    the words naming the speaker: the name without its role ("Widyastuti" of "Kepala Dinas
 *                Kesehatan DKI Jakarta Widyastuti"), the role alone when no name is given ("Presiden"), a
 *                pronoun ("dia") or the cue that folds the speaker in ("katanya"); null when the text has none
 * @param mention the index of the speaker's mention in the article's mention list, or -1
 * @param actor   the speaker's actor, or null
 * @param refers  whether the words refer back to someone named before (a surname, a pronoun, a bare role)
 *                rather than name the speaker in full
 */
record Speaker(Span span, int mention, Actor actor, boolean refers) {

    static final Speaker NONE = new Speaker(null, -1, null, false);

    /** The same speaker as named somewhere else: the actor and mention kept, the words given there. */
    Speaker at(Span where, boolean referring) {
        return new Speaker(where, mention, actor, referring);
    }
}
