package id.peristiwa.time;

import id.peristiwa.document.Span;
import id.peristiwa.event.DateGranularity;
import id.peristiwa.event.EventDate;
import id.peristiwa.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Dates events: finds the date expressions of a sentence and resolves them against the article's publication
 * date, with the granularity the text gives ("Selasa (31/1)" a day, "Februari lalu" a month, "tahun lalu" a
 * year). A weekday or month named without a year is the nearest one on or before publication (news reports the
 * past) unless a word says otherwise ("Senin depan", "Februari mendatang") or the sentence speaks of the future
 * ("akan", "dijadwalkan"). Weeks are dated to the day ("pekan lalu" is seven days before publication).
 *
 * <p>Built once from the language pack ({@code months.txt}, {@code weekdays.txt}, {@code time-words.txt});
 * immutable and safe to share between threads. Nothing here throws on any text.
 */
public final class EventDates {
    private final DateScanner scanner;

    private EventDates(DateScanner scanner) {
        this.scanner = scanner;
    }

    /** The Indonesian pack's date words. */
    public static EventDates indonesian() {
        return new EventDates(new DateScanner(TimeWords.load()));
    }

    /**
     * Every date expression in a sentence that resolves, in text order.
     *
     * @param text      the article's clean text, which the sentence's offsets point into
     * @param sentence  the sentence with its tokens
     * @param published the publication date, or null: then only expressions that carry their year resolve
     */
    public List<DateExpression> find(String text, Sentence sentence, LocalDate published) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        List<DateExpression> expressions = new ArrayList<>();
        for (DateScanner.Found found : scanner.scan(text, sentence.tokens())) {
            EventDate date = found.reference().resolve(published);
            if (date != null) {
                expressions.add(new DateExpression(found.span(), date));
            }
        }
        return List.copyOf(expressions);
    }

    /**
     * The date of an event stated in a sentence: the date expression nearest {@code near} (the trigger), by
     * characters between them; on a tie the earlier one. With no date expression in the sentence, the
     * publication date with {@link EventDate#fromText()} false.
     *
     * @param text      the article's clean text
     * @param sentence  the sentence that states the event
     * @param near      the span the date should be near (the event's trigger), or null for the first expression
     * @param published the publication date, or null when unknown
     * @return the date; null only when the sentence has no resolvable expression and {@code published} is null
     */
    public EventDate resolve(String text, Sentence sentence, Span near, LocalDate published) {
        return nearest(find(text, sentence, published), near, published);
    }

    /**
     * As {@link #resolve} among a sentence's date expressions already found by {@link #find}: a sentence with many
     * events is scanned once.
     */
    public EventDate nearest(List<DateExpression> expressions, Span near, LocalDate published) {
        DateExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateExpression expression : expressions) {
            int distance = near == null ? 0 : distance(expression.span(), near);
            if (distance < bestDistance) {
                best = expression;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return best.date();
        }
        return published == null ? null : new EventDate(published, DateGranularity.DAY, false);
    }

    /** Characters between two spans; 0 when they touch or overlap. */
    static int distance(Span a, Span b) {
        return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
    }
}
