package id.peristiwa.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes small WARC archives for tests with jwarc's writer, from raw HTTP responses the test spells out. */
final class WarcFixtures {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final WarcWriter writer;

    WarcFixtures(boolean gzip) throws IOException {
        writer = new WarcWriter(java.nio.channels.Channels.newChannel(out),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    WarcFixtures warcinfo() throws IOException {
        writer.write(new Warcinfo.Builder().filename("uji.warc")
                .body(MediaType.WARC_FIELDS, "software: uji\r\n".getBytes(StandardCharsets.US_ASCII)).build());
        return this;
    }

    WarcFixtures request(String url) throws IOException {
        String http = "GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
                + "\r\n\r\n";
        writer.write(new WarcRequest.Builder(url)
                .body(MediaType.HTTP_REQUEST, http.getBytes(StandardCharsets.US_ASCII)).build());
        return this;
    }

    /** A response record holding {@code headers} (CRLF-separated, no trailing blank line) and {@code body}. */
    WarcFixtures response(String url, Instant date, String statusAndHeaders, byte[] body) throws IOException {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.write((statusAndHeaders + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        http.write(body);
        writer.write(new WarcResponse.Builder(url).date(date)
                .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build());
        return this;
    }

    /** A 200 response with a fixed content type and length. */
    WarcFixtures page(String url, Instant date, String contentType, byte[] body) throws IOException {
        return response(url, date, "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length, body);
    }

    byte[] bytes() throws IOException {
        writer.close();
        return out.toByteArray();
    }
}
