package id.peristiwa.export;

import id.peristiwa.entity.Actor;
import java.util.List;
import java.util.Locale;

/** The ten columns GDELT writes for an actor, filled as documented on {@link GdeltRows}. */
final class GdeltActorColumns {
    /** The column names after "Actor1" or "Actor2", in GDELT's order. */
    static final List<String> FIELDS = List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
            "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");

    private GdeltActorColumns() {
    }

    /** Appends the ten columns for {@code actor}, all empty when it is null. */
    static void append(TsvRow row, Actor actor) {
        if (actor == null) {
            for (int i = 0; i < FIELDS.size(); i++) {
                row.blank();
            }
            return;
        }
        CameoActorParts.Parts parts = CameoActorParts.standard().of(actor);
        row.text(actor.code()).text(actor.name().toUpperCase(Locale.ROOT)).text(actor.country())
                .text(parts.knownGroup()).blank().blank().blank();
        for (int i = 0; i < 3; i++) {
            row.text(i < parts.types().size() ? parts.types().get(i) : null);
        }
    }
}
