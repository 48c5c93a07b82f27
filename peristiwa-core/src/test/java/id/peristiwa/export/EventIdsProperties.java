package id.peristiwa.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Article;
import id.peristiwa.document.Span;
import id.peristiwa.event.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EventIdsProperties {
    @Property
    void numericIdsArePositive(@ForAll String id) {
        assertThat(EventIds.numeric(id)).isPositive();
    }

    @Property
    void idsWithinAnArticleAreUniqueAndRepeatable(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 5) Integer> triggers) {
        Article article = ExportFixture.article();
        Event launch = ExportFixture.launch();
        List<Event> events = new ArrayList<>();
        for (int at : triggers) {
            Span trigger = new Span(launch.trigger().start() + at, launch.trigger().end());
            events.add(new Event(launch.type(), null, null, at % 2 == 0 ? "150" : "138", -7.0, launch.source(),
                    List.of(), launch.polarity(), launch.modality(), null, null, launch.sentence(), trigger, null,
                    "r", 1.0));
        }
        List<String> ids = EventIds.of(article, events);
        assertThat(new HashSet<>(ids)).hasSameSizeAs(events);
        assertThat(EventIds.of(article, events)).isEqualTo(ids);
        assertThat(GdeltRows.events(article, events)).hasSameSizeAs(events)
                .allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(61));
    }
}
