package id.peristiwa.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The dashboard's pages: every page is one static shell ({@code index.html}, served as {@code /}) whose script
 * picks the page module by path, so each page path below answers with that same shell. The shell holds no data;
 * its scripts read the API.
 */
final class PageRoutes {

    /** The page paths besides {@code /}; {@code js/main.js} maps each to its module. */
    static final List<String> PAGES = List.of("/article.html", "/actor.html", "/dyad.html", "/network.html",
            "/sources.html", "/map.html");

    private static final String SHELL = "/id/peristiwa/web/static/index.html";

    private PageRoutes() {
    }

    static void install(Javalin app) {
        byte[] shell = shell();
        for (String page : PAGES) {
            app.get(page, ctx -> ctx.contentType("text/html; charset=utf-8").result(shell));
        }
    }

    private static byte[] shell() {
        try (InputStream in = PageRoutes.class.getResourceAsStream(SHELL)) {
            if (in == null) {
                throw new IllegalStateException(SHELL + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
