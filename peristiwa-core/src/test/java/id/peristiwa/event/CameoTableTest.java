package id.peristiwa.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The CAMEO table: well-formed, quad class by root, and Goldstein values as GDELT's table gives them. */
class CameoTableTest {

    private static final CameoTable TABLE = CameoTable.standard();

    @Test
    void quadClassFollowsTheRoot() {
        TABLE.all().values().forEach(c -> {
            int root = Integer.parseInt(c.code().substring(0, 2));
            int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            assertThat(c.quadClass()).as(c.code()).isEqualTo(quad);
            assertThat(c.goldstein()).as(c.code()).isBetween(-10.0, 10.0);
        });
        assertThat(TABLE.get("163").goldstein()).isEqualTo(-8.0);
        assertThat(TABLE.get("0871").goldstein()).isEqualTo(9.0);
    }

    @Test
    void goldsteinValuesAgreeWithGdeltWhereTheNumberingIsShared() throws IOException {
        Path json = SharedData.require("events/gdelt/cameoCodes.json");
        JsonNode goldstein = new ObjectMapper().readTree(json.toFile()).path("GoldsteinScale");
        int compared = 0;
        for (CameoTable.Code c : TABLE.all().values()) {
            JsonNode value = goldstein.get(c.code());
            if (c.renumbered() || value == null) {
                continue;
            }
            assertThat(c.goldstein()).as(c.code()).isEqualTo(value.asDouble());
            compared++;
        }
        assertThat(compared).isGreaterThan(70);
    }
}
