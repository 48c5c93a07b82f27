package id.peristiwa.export;

import id.peristiwa.entity.Actor;
import id.peristiwa.lang.LanguagePackFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a CAMEO-style actor code into the parts GDELT writes in separate columns: up to three type codes
 * and a known group code, by the three-letter parts listed in {@code id/peristiwa/export/cameo-actor-codes.txt}
 * (read that file's comment for the rule). Immutable; loaded once.
 */
final class CameoActorParts {
    static final String RESOURCE = "id/peristiwa/export/cameo-actor-codes.txt";

    /**
     * The parts of one actor code.
     *
     * @param types      type or role codes in code order, at most three ({@code [IGO, HLH]})
     * @param knownGroup the known organization code ({@code WHO}), or null
     */
    record Parts(List<String> types, String knownGroup) {
        Parts {
            types = List.copyOf(types);
        }
    }

    private static final class Standard {
        static final CameoActorParts INSTANCE = load();
    }

    private final Set<String> types;
    private final Set<String> regions;

    private CameoActorParts(Set<String> types, Set<String> regions) {
        this.types = types;
        this.regions = regions;
    }

    static CameoActorParts standard() {
        return Standard.INSTANCE;
    }

    private static CameoActorParts load() {
        Map<String, List<String>> groups = LanguagePackFile.groups(RESOURCE);
        return new CameoActorParts(Set.copyOf(groups.getOrDefault("type", List.of())),
                Set.copyOf(groups.getOrDefault("region", List.of())));
    }

    /**
     * The parts of {@code actor}'s code after its country: {@code KORGOV} gives types [GOV];
     * {@code IGOWSTNAT} gives [IGO] and group NAT; {@code USA} gives neither.
     */
    Parts of(Actor actor) {
        String code = actor.code();
        String rest = actor.country() != null && code.startsWith(actor.country())
                ? code.substring(actor.country().length()) : code;
        List<String> found = new ArrayList<>(3);
        String group = null;
        for (int i = 0; i + 3 <= rest.length(); i += 3) {
            String part = rest.substring(i, i + 3);
            if (types.contains(part)) {
                if (found.size() < 3) {
                    found.add(part);
                }
            } else if (!regions.contains(part)) {
                group = part;
            }
        }
        return new Parts(found, group);
    }
}
