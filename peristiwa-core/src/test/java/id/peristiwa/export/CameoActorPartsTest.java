package id.peristiwa.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.entity.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoActorPartsTest {
    private final CameoActorParts parts = CameoActorParts.standard();

    private CameoActorParts.Parts of(String code, String country) {
        return parts.of(new Actor(code, country, null, "nama", null));
    }

    @Test
    void stateActorsHaveTheirSectorAsType() {
        assertThat(of("KORGOV", "KOR")).isEqualTo(new CameoActorParts.Parts(List.of("GOV"), null));
        assertThat(of("USAMIL", "USA")).isEqualTo(new CameoActorParts.Parts(List.of("MIL"), null));
        assertThat(of("IDN", "IDN")).isEqualTo(new CameoActorParts.Parts(List.of(), null));
    }

    @Test
    void internationalActorsHaveTypesAndTheLastKnownGroup() {
        assertThat(of("IGOUNO", null)).isEqualTo(new CameoActorParts.Parts(List.of("IGO"), "UNO"));
        assertThat(of("IGOWSTNAT", null)).isEqualTo(new CameoActorParts.Parts(List.of("IGO"), "NAT"));
        assertThat(of("IGOSEAASN", null)).isEqualTo(new CameoActorParts.Parts(List.of("IGO"), "ASN"));
        assertThat(of("IGOUNOHLHWHO", null)).isEqualTo(new CameoActorParts.Parts(List.of("IGO", "HLH"), "WHO"));
        assertThat(of("NGOHRIAMN", null)).isEqualTo(new CameoActorParts.Parts(List.of("NGO", "HRI"), "AMN"));
        assertThat(of("NGOHRI", null)).isEqualTo(new CameoActorParts.Parts(List.of("NGO", "HRI"), null));
        assertThat(of("IGO", null)).isEqualTo(new CameoActorParts.Parts(List.of("IGO"), null));
    }

    @Test
    void atMostThreeTypesAndShortTailsIgnored() {
        assertThat(of("IDNGOVMILLEGCOPXY", "IDN"))
                .isEqualTo(new CameoActorParts.Parts(List.of("GOV", "MIL", "LEG"), null));
    }
}
