package id.peristiwa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

    private static final String SENTENCE = "Menteri Luar Negeri menyebut “kemitraan strategis” — résumé café";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static byte[] page(String metaCharset, String body, Charset encoding) {
        String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">";
        return ("<html><head>" + meta + "</head><body><p>" + body + "</p></body></html>").getBytes(encoding);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void declaredIso88591PageWithSmartQuotesIsReadAsWindows1252() {
        byte[] bytes = page("ISO-8859-1", SENTENCE, WINDOWS_1252);

        Decoded decoded = CharsetDetector.decode(bytes, null, true);

        assertThat(decoded.text()).contains("<p>" + SENTENCE + "</p>");
        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(decoded.source()).isEqualTo(CharsetSource.META);
    }

    @Test
    void undeclaredWindows1252IsGuessed() {
        byte[] bytes = page(null, SENTENCE, WINDOWS_1252);

        Decoded decoded = CharsetDetector.decode(bytes, null, true);

        assertThat(decoded.text()).contains(SENTENCE);
        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(decoded.source()).isEqualTo(CharsetSource.HEURISTIC);
    }

    @Test
    void latin1WithoutSmartQuotesDecodesTheSameAsWindows1252() {
        String text = "Harga café di Menteng naik, kata pemilik résumé usaha itu.";
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);

        Decoded decoded = CharsetDetector.decode(bytes, "text/plain; charset=iso-8859-1", false);

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.source()).isEqualTo(CharsetSource.HTTP_HEADER);
    }

    @Test
    void utf8WithoutBomIsRecognisedAsValidUtf8() {
        Decoded decoded = CharsetDetector.decode(SENTENCE.getBytes(StandardCharsets.UTF_8), null, false);

        assertThat(decoded.text()).isEqualTo(SENTENCE);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.source()).isEqualTo(CharsetSource.HEURISTIC);
    }

    @Test
    void utf8BomWinsOverHeaderAndIsStripped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                SENTENCE.getBytes(StandardCharsets.UTF_8));

        Decoded decoded = CharsetDetector.decode(bytes, "text/html; charset=windows-1252", true);

        assertThat(decoded.text()).isEqualTo(SENTENCE);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.source()).isEqualTo(CharsetSource.BOM);
    }

    @Test
    void utf16LittleAndBigEndianWithBom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SENTENCE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SENTENCE.getBytes(StandardCharsets.UTF_16BE));

        Decoded fromLe = CharsetDetector.decode(le, null, false);
        Decoded fromBe = CharsetDetector.decode(be, null, false);

        assertThat(fromLe.text()).isEqualTo(SENTENCE);
        assertThat(fromLe.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(fromLe.source()).isEqualTo(CharsetSource.BOM);
        assertThat(fromBe.text()).isEqualTo(SENTENCE);
        assertThat(fromBe.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void httpHeaderOutranksMetaDeclaration() {
        byte[] bytes = page("windows-1252", SENTENCE, StandardCharsets.UTF_8);

        Decoded decoded = CharsetDetector.decode(bytes, "text/html; charset=\"UTF-8\"", true);

        assertThat(decoded.text()).contains(SENTENCE);
        assertThat(decoded.source()).isEqualTo(CharsetSource.HTTP_HEADER);
    }

    @Test
    void metaHttpEquivIsHonouredWhenTheHeaderHasNoCharset() {
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body>" + SENTENCE + "</body></html>").getBytes(WINDOWS_1252);

        Decoded decoded = CharsetDetector.decode(bytes, "text/html", true);

        assertThat(decoded.text()).contains(SENTENCE);
        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(decoded.source()).isEqualTo(CharsetSource.META);
    }

    @Test
    void metaIsIgnoredForPlainText() {
        byte[] bytes = ("Kutipan: <meta charset=\"windows-1252\"> " + SENTENCE).getBytes(StandardCharsets.UTF_8);

        Decoded decoded = CharsetDetector.decode(bytes, null, false);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.source()).isEqualTo(CharsetSource.HEURISTIC);
    }

    @Test
    void metaBeyondTheFirst4KbIsNotSeen() {
        String filler = "<!-- " + "x".repeat(5000) + " -->";
        byte[] bytes = ("<html><head>" + filler + "<meta charset=\"windows-1252\"></head><body>" + SENTENCE
                + "</body></html>").getBytes(StandardCharsets.UTF_8);

        Decoded decoded = CharsetDetector.decode(bytes, null, true);

        assertThat(decoded.text()).contains(SENTENCE);
        assertThat(decoded.source()).isEqualTo(CharsetSource.HEURISTIC);
    }

    @Test
    void unknownCharsetNamesFallBackToTheHeuristic() {
        byte[] bytes = page("x-tidak-dikenal", SENTENCE, StandardCharsets.UTF_8);

        Decoded decoded = CharsetDetector.decode(bytes, "text/html; charset=bukan/nama", true);

        assertThat(decoded.text()).contains(SENTENCE);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.source()).isEqualTo(CharsetSource.HEURISTIC);
    }

    @Test
    void metaClaimingUtf16MeansUtf8() {
        byte[] bytes = page("utf-16", SENTENCE, StandardCharsets.UTF_8);

        Decoded decoded = CharsetDetector.decode(bytes, null, true);

        assertThat(decoded.text()).contains(SENTENCE);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.source()).isEqualTo(CharsetSource.META);
    }

    @Test
    void asciiAndEmptyInputUseTheDefault() {
        Decoded ascii = CharsetDetector.decode("Presiden membuka rapat terbatas.".getBytes(StandardCharsets.US_ASCII),
                null, false);
        Decoded empty = CharsetDetector.decode(new byte[0], null, true);

        assertThat(ascii.text()).isEqualTo("Presiden membuka rapat terbatas.");
        assertThat(ascii.source()).isEqualTo(CharsetSource.DEFAULT);
        assertThat(empty.text()).isEmpty();
        assertThat(empty.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(empty.source()).isEqualTo(CharsetSource.DEFAULT);
    }
}
