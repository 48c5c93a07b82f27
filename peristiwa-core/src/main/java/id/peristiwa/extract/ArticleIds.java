package id.peristiwa.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article identifiers: the same page gets the same id however it arrives (HTML file, WARC, JSONL,
 * URL). A canonical URL is normalized (scheme and host lower-cased, fragment, default port and trailing slash
 * dropped) and hashed; without a URL, the clean text is hashed.
 */
final class ArticleIds {

    static String of(String canonicalUrl, String text) {
        String key = canonicalUrl != null ? "url:" + normalize(canonicalUrl) : "text:" + text.strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    static String normalize(String url) {
        try {
            URI u = URI.create(url.strip());
            if (u.getHost() == null) {
                return url.strip();
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String scheme = u.getScheme() == null ? "http" : u.getScheme().toLowerCase(Locale.ROOT);
            boolean defaultPort = u.getPort() == -1 || (u.getPort() == 80 && scheme.equals("http"))
                    || (u.getPort() == 443 && scheme.equals("https"));
            return scheme.replace("https", "http") + "://" + u.getHost().toLowerCase(Locale.ROOT)
                    + (defaultPort ? "" : ":" + u.getPort()) + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }

    /** The host without "www.", e.g. "wartadunia.example", or null. */
    static String domain(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private ArticleIds() {
    }
}
