package id.peristiwa.web;

import io.javalin.Javalin;
import java.util.Map;

/**
 * The headers every response carries. Article text is untrusted, so the policy allows scripts and styles from
 * this server only (no inline script, no eval, no inline style attribute), no plug-ins, no framing, and no
 * connection anywhere but back here; MIME sniffing is off so that JSON is never run as script.
 */
final class SecurityHeaders {

    /** The Content-Security-Policy of every response. */
    static final String POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");

    private SecurityHeaders() {
    }

    /** Adds the headers to every response the routes give (static files get them from their own config). */
    static void install(Javalin app) {
        app.before(ctx -> HEADERS.forEach(ctx::header));
    }
}
