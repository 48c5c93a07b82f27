package id.peristiwa.event;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import java.util.Objects;

/**
 * A statement reported in an article, direct ("\u201CKami siap,\u201D kata Austin.") or indirect ("Austin
 * mengatakan bahwa ...").
 *
 * @param speaker        the speaker's actor, or null when the speaker is no coded actor
 * @param speakerMention the index of the speaker's mention in the article's mention list, or -1
 * @param cue            the reporting cue's span ("kata", "mengatakan", "menurut"), or null
 * @param statement      the span of what was said (inside the quotation marks for a direct quote)
 * @param direct         true for a quotation in quotation marks
 * @param relay          the outlet or agency the statement is relayed from, or null
 */
public record Quote(Actor speaker, int speakerMention, Span cue, Span statement, boolean direct, String relay) {
    public Quote {
        Objects.requireNonNull(statement, "statement");
    }
}
