package id.peristiwa.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventIdsTest {
    @Test
    void idsAreArticleSentenceAndTriggerOffsets() {
        assertThat(EventIds.of(ExportFixture.article(), ExportFixture.events())).containsExactly(
                "3f9a0c1d2e4b5a6c7d8e-21-33-44", "3f9a0c1d2e4b5a6c7d8e-146-192-200",
                "3f9a0c1d2e4b5a6c7d8e-244-271-279", "3f9a0c1d2e4b5a6c7d8e-366-390-405",
                "3f9a0c1d2e4b5a6c7d8e-426-443-451");
    }

    @Test
    void aTriggerCodedTwiceGetsTheCameoCodeThenACount() {
        Event launch = ExportFixture.launch();
        Event asThreat = new Event(launch.type(), launch.mode(), launch.context(), "138", -7.0, launch.source(),
                launch.target(), launch.polarity(), launch.modality(), launch.date(), launch.place(),
                launch.sentence(), launch.trigger(), launch.attribution(), "threaten.tembak-rudal", 0.5);
        assertThat(EventIds.of(ExportFixture.article(), List.of(launch, asThreat, asThreat, launch))).containsExactly(
                "3f9a0c1d2e4b5a6c7d8e-21-33-44", "3f9a0c1d2e4b5a6c7d8e-21-33-44-138",
                "3f9a0c1d2e4b5a6c7d8e-21-33-44-138-2", "3f9a0c1d2e4b5a6c7d8e-21-33-44-150");
    }

    @Test
    void numericIdsAreFixedPositiveNumbers() {
        assertThat(EventIds.numeric("3f9a0c1d2e4b5a6c7d8e-21-33-44")).isEqualTo(8473037866673015771L);
        assertThat(EventIds.numeric("3f9a0c1d2e4b5a6c7d8e-146-192-200")).isEqualTo(7785292052636253679L);
    }
}
