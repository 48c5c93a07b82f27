package id.peristiwa.web;

import io.javalin.Javalin;
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
        byte[] shell = ClassPathFile.read(SHELL);
        for (String page : PAGES) {
            app.get(page, ctx -> ctx.contentType("text/html; charset=utf-8").result(shell));
        }
    }
}
