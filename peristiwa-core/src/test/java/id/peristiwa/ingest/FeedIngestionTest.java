package id.peristiwa.ingest;

import static id.peristiwa.ingest.Collected.documents;
import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedIngestionTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Warta Nusantara - Nasional</title>
                <item>
                  <title>Presiden tinjau tanggul jebol di Demak</title>
                  <link>https://berita.example.id/nasional/tanggul-demak</link>
                  <pubDate>Tue, 19 Mar 2024 08:30:00 +0700</pubDate>
                  <dc:creator>Agus P.</dc:creator>
                  <description>Ringkasan singkat.</description>
                  <content:encoded><![CDATA[<p>DEMAK — Presiden meninjau tanggul Sungai Wulan yang jebol.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Harga cabai turun</title>
                  <link>https://berita.example.id/ekonomi/cabai</link>
                  <description>&lt;p&gt;Harga cabai rawit turun menjadi Rp40.000 per kilogram.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Judul tanpa isi</title>
                  <link>https://berita.example.id/kosong</link>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Kabar Daerah</title>
              <entry>
                <title>Gempa guncang Sumedang</title>
                <link rel="alternate" href="https://kabar.example.id/gempa-sumedang"/>
                <published>2024-01-01T20:34:00+07:00</published>
                <updated>2024-01-02T06:00:00+07:00</updated>
                <author><name>Dewi L.</name></author>
                <content type="html">&lt;p&gt;Gempa magnitudo 4,8 mengguncang Sumedang.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>BMKG: tidak berpotensi tsunami</title>
                <link href="https://kabar.example.id/bmkg"/>
                <updated>2024-01-01T21:00:00+07:00</updated>
                <summary type="text">BMKG memastikan gempa tidak berpotensi tsunami.</summary>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void rssItemsBecomeHtmlDocuments() throws IOException {
        Path file = Files.writeString(dir.resolve("nasional.rss"), RSS);

        List<Ingested> items = Collected.read(file.toString());

        assertThat(items).hasSize(3);
        RawDocument first = ((Ingested.Document) items.get(0)).document();
        assertThat(first.contentType()).isEqualTo(ContentType.HTML);
        assertThat(first.origin()).isEqualTo(file + "#1");
        assertThat(first.url()).isEqualTo("https://berita.example.id/nasional/tanggul-demak");
        assertThat(Collected.html(first)).isEqualTo("<p>DEMAK — Presiden meninjau tanggul Sungai Wulan yang jebol.</p>");
        assertThat(first.fields()).isEqualTo(Map.of("title", "Presiden tinjau tanggul jebol di Demak",
                "date", "Tue, 19 Mar 2024 08:30:00 +0700", "url", "https://berita.example.id/nasional/tanggul-demak",
                "author", "Agus P."));
        RawDocument second = ((Ingested.Document) items.get(1)).document();
        assertThat(Collected.html(second)).isEqualTo("<p>Harga cabai rawit turun menjadi Rp40.000 per kilogram.</p>");
        assertThat(items.get(2)).isEqualTo(new Ingested.Skipped(file + "#3", SkipReason.EMPTY,
                "feed item has no content"));
    }

    @Test
    void atomEntriesBecomeDocuments() throws IOException {
        Path file = Files.writeString(dir.resolve("daerah.atom"), ATOM);

        List<RawDocument> docs = documents(Collected.read(file.toString()));

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).url()).isEqualTo("https://kabar.example.id/gempa-sumedang");
        assertThat(Collected.html(docs.get(0))).isEqualTo("<p>Gempa magnitudo 4,8 mengguncang Sumedang.</p>");
        assertThat(docs.get(0).field("date")).isEqualTo("2024-01-01T20:34:00+07:00");
        assertThat(docs.get(0).field("author")).isEqualTo("Dewi L.");
        assertThat(docs.get(1).contentType()).isEqualTo(ContentType.TEXT);
        assertThat(docs.get(1).text()).isEqualTo("BMKG memastikan gempa tidak berpotensi tsunami.");
        assertThat(docs.get(1).field("date")).isEqualTo("2024-01-01T21:00:00+07:00");
    }

    @Test
    void feedCharsetComesFromTheXmlDeclaration() throws IOException {
        String latin = RSS.replace("UTF-8", "ISO-8859-1").replace("DEMAK —", "DEMAK, café résumé");
        Path file = Files.write(dir.resolve("latin.xml"), latin.getBytes(Charset.forName("ISO-8859-1")));

        List<RawDocument> docs = documents(Collected.read(file.toString()));

        assertThat(Collected.html(docs.get(0))).startsWith("<p>DEMAK, café résumé Presiden");
    }

    @Test
    void emptyFeedIsOneEmptySkip() throws IOException {
        Path file = Files.writeString(dir.resolve("sepi.rss"),
                "<rss version=\"2.0\"><channel><title>Sepi</title></channel></rss>");

        assertThat(Collected.read(file.toString())).containsExactly(new Ingested.Skipped(file.toString(),
                SkipReason.EMPTY, "feed has no items"));
    }

    @Test
    void rssFileThatIsNotAFeedIsUnsupported() throws IOException {
        Path file = Files.writeString(dir.resolve("salah.rss"), "<html><body>bukan umpan</body></html>");

        assertThat(Collected.read(file.toString())).containsExactly(new Ingested.Skipped(file.toString(),
                SkipReason.UNSUPPORTED, "not an RSS or Atom feed (root element <html>)"));
    }
}
