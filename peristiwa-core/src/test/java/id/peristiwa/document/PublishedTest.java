package id.peristiwa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublishedTest {

    @Test
    void writesAsMuchIsoAsIsKnown() {
        LocalDate d = LocalDate.of(2023, 1, 31);
        assertThat(new Published(d, null, null).toIso()).isEqualTo("2023-01-31");
        assertThat(new Published(d, LocalTime.of(14, 5), null).toIso()).isEqualTo("2023-01-31T14:05:00");
        assertThat(new Published(d, LocalTime.of(14, 5), ZoneOffset.ofHours(7)).toIso()).isEqualTo("2023-01-31T14:05:00+07:00");
        assertThat(new Published(d, LocalTime.of(7, 5, 9), ZoneOffset.UTC).toIso()).isEqualTo("2023-01-31T07:05:09+00:00");
    }

    @Test
    void anOffsetWithoutTimeIsDropped() {
        assertThat(new Published(LocalDate.of(2024, 2, 29), null, ZoneOffset.ofHours(8)).offset()).isNull();
    }
}
