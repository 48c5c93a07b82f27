package id.peristiwa.export;

import id.peristiwa.document.Article;
import id.peristiwa.document.Span;
import id.peristiwa.event.Event;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Stable identifiers of coded events, the same in every export and on every run over the same article:
 * {@code ARTICLEID-S-TS-TE}, where S is the start of the event's sentence and TS, TE the trigger span
 * ({@code 3f9a0c1d2e4b5a6c7d8e-412-455-463}). Two events of one article on the same trigger (one trigger
 * coded twice) get the CAMEO code appended to the later one, and a count after that if that is still
 * not enough, so ids within an article are unique.
 */
public final class EventIds {
    private EventIds() {
    }

    /**
     * The id of each event, in list order.
     *
     * @throws IllegalArgumentException when an event's sentence or trigger lies outside the article's text
     */
    public static List<String> of(Article article, List<Event> events) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(events, "events");
        List<String> ids = new ArrayList<>(events.size());
        Set<String> taken = new HashSet<>();
        for (Event event : events) {
            checkSpan(article, event.sentence(), "sentence");
            checkSpan(article, event.trigger(), "trigger");
            String id = article.id() + "-" + event.sentence().start() + "-" + event.trigger().start() + "-"
                    + event.trigger().end();
            if (!taken.add(id)) {
                String withCode = id + "-" + event.cameo();
                id = withCode;
                for (int n = 2; !taken.add(id); n++) {
                    id = withCode + "-" + n;
                }
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    /** Checks that {@code ids} holds one id per event, as exporters given ids need. */
    static void requireOnePerEvent(List<Event> events, List<String> ids) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(ids, "ids");
        if (ids.size() != events.size()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + events.size() + " events");
        }
    }

    /**
     * A positive 63-bit number for an event id (the first eight bytes of its SHA-256, sign bit cleared), for
     * formats that want numeric ids such as GDELT's GLOBALEVENTID. At 63 bits, a hundred million events
     * collide with a chance of about one in two thousand.
     */
    public static long numeric(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            long value = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong() & Long.MAX_VALUE;
            return value == 0 ? 1 : value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    private static void checkSpan(Article article, Span span, String what) {
        if (span.end() > article.text().length()) {
            throw new IllegalArgumentException("event " + what + " " + span + " lies outside the text of article "
                    + article.id() + " (" + article.text().length() + " chars)");
        }
    }
}
