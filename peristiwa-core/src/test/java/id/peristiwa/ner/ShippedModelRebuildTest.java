package id.peristiwa.ner;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The bundled model is what {@code peristiwa train ner} builds from today's code and data files, byte for byte:
 * its features read the language pack (cue words, the gazetteer's names), so a change there that is not
 * followed by retraining shows here (skipped where ../shared is absent).
 */
class ShippedModelRebuildTest {

    @Test
    void trainingWithTheShippedOptionsRebuildsTheBundledModel() throws IOException {
        SharedData.require("ner");
        SharedData.require("corpus");
        NameTagger rebuilt = NerTraining.train(NerTraining.Options.shipped(SharedData.root().resolve("data")),
                line -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        rebuilt.save(bytes);
        byte[] bundled;
        try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.BUNDLED)) {
            bundled = in.readAllBytes();
        }
        assertThat(digest(bytes.toByteArray()))
                .as("the bundled model is stale: run ./peristiwa train ner and commit the model")
                .isEqualTo(digest(bundled));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
