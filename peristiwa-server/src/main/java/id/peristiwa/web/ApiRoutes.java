package id.peristiwa.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.peristiwa.store.EventFilter;
import id.peristiwa.store.FacetedResult;
import id.peristiwa.store.Facets;
import id.peristiwa.store.SearchFilter;
import id.peristiwa.store.SearchResult;
import id.peristiwa.store.StoreException;
import id.peristiwa.store.Store;
import id.peristiwa.store.StoreViews;
import id.peristiwa.store.StoredArticle;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API: every route under {@code /api}, each a thin shell over one read of the store. The routes and their
 * parameters are documented in {@code openapi.json} beside this class, served at {@code /api/openapi.json}.
 */
final class ApiRoutes {

    /** The largest page of search hits. */
    static final int MAX_SEARCH_SIZE = 100;
    /** The largest page of events. */
    static final int MAX_EVENT_SIZE = 200;
    /** How deep paging may go (page × size), so that no request makes the index collect a huge top list. */
    static final int MAX_DEPTH = 10_000;
    /** The most rows an aggregate (actors, network, places, sources) returns. */
    static final int MAX_ROWS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
    private static final String OPENAPI = "/id/peristiwa/web/openapi.json";

    private final RequestGate gate = RequestGate.perCore();
    private final Store store;
    private final ObjectMapper json;
    private final WorldGeometry world;
    private final List<String> paths = new ArrayList<>();
    private final byte[] openApi = ClassPathFile.read(OPENAPI);
    private final ResponseCache cache;

    ApiRoutes(Store store, ObjectMapper json, WorldGeometry world, ResponseCache cache) {
        this.store = store;
        this.json = json;
        this.world = world;
        this.cache = cache;
    }

    /** How the response cache has done. */
    CacheStatistics cacheStatistics() {
        return cache.statistics();
    }

    /** The API routes this class installs, in Javalin's path syntax ({@code /api/articles/{id}}). */
    List<String> paths() {
        return List.copyOf(paths);
    }

    private void get(Javalin app, String path, Handler handler) {
        paths.add(path);
        app.get(path, gate.around(handler));
    }

    /** A read whose JSON body depends only on the request, since the store does not change while served. */
    private interface Body {
        Object of(Context ctx);
    }

    /**
     * Installs a route answered from the response cache. Only complete 200 answers are cached: a handler that
     * refuses a request throws, and the exception handlers answer it uncached.
     */
    private void cached(Javalin app, String path, Body body) {
        get(app, path, ctx -> {
            byte[] bytes = cache.get(ResponseCache.key(ctx.path(), ctx.queryParamMap()), () -> {
                try {
                    return json.writeValueAsBytes(body.of(ctx));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a response body could not be written as JSON", e);
                }
            });
            ctx.contentType("application/json").result(bytes);
        });
    }

    void install(Javalin app) {
        get(app, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        cached(app, "/api/stats", ctx -> store.views().statistics());
        cached(app, "/api/search", this::search);
        get(app, "/api/articles/{id}", this::article);
        cached(app, "/api/events", this::events);
        cached(app, "/api/actors", this::actors);
        get(app, "/api/actors/{code}", this::actor);
        cached(app, "/api/dyads/{source}/{target}", this::dyad);
        cached(app, "/api/network", ctx -> {
            Params p = new Params(ctx);
            return store.views().network(p.events(0, 1), p.integer("limit", 150, 1, MAX_ROWS));
        });
        cached(app, "/api/places", ctx -> {
            Params p = new Params(ctx);
            return Map.of("places", store.views().places(p.events(0, 1), p.integer("limit", 300, 1, MAX_ROWS)));
        });
        cached(app, "/api/sources", ctx -> {
            Params p = new Params(ctx);
            return Map.of("chains",
                    store.views().sourceChains(p.events(0, 1), p.integer("limit", 100, 1, MAX_ROWS)));
        });
        get(app, "/api/geo/world", ctx -> ctx.contentType("application/json").result(world.topoJson()));
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.warn("reading the store failed for {}", ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the store could not be read; see the server log");
        });
        // Registered last, so it answers only what no route above matched.
        app.get("/api/*", ctx -> error(ctx, HttpStatus.NOT_FOUND,
                "no such API route: " + ctx.path() + " (see /api/openapi.json)"));
    }

    private Object search(Context ctx) {
        Params p = new Params(ctx);
        int size = p.integer("size", 20, 1, MAX_SEARCH_SIZE);
        int page = p.integer("page", 0, 0, MAX_DEPTH / size - 1);
        SearchFilter filter = new SearchFilter(p.text("outlet"), p.text("section"), p.date("from"), p.date("to"),
                p.code("actor"), p.type("type") == null ? null : p.type("type").name());
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BadRequest("from " + filter.from() + " is after to " + filter.to());
        }
        String query = p.text("q");
        int facetSize = p.integer("facets", 10, 0, Facets.MAX_VALUES);
        FacetedResult found = store.search(query, filter, page, size, facetSize);
        SearchResult result = found.result();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("hits", result.hits());
        body.put("facets", found.facets());
        return body;
    }

    private void article(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        if (id.length() > 200) {
            throw new BadRequest("id must be at most 200 characters");
        }
        StoredArticle article = store.article(id).orElse(null);
        if (article == null) {
            error(ctx, HttpStatus.NOT_FOUND, "no article with id '" + id + "'");
            return;
        }
        ObjectNode body = json.createObjectNode();
        body.put("id", article.id());
        body.put("url", article.url());
        body.put("outlet", article.outlet());
        body.put("title", article.title());
        body.put("section", article.section());
        body.put("published", article.published());
        body.put("language", article.language());
        body.put("eventCount", article.eventCount());
        body.put("ingestedAt", article.ingestedAt() == null ? null : article.ingestedAt().toString());
        body.set("analysis", json.readTree(article.analysisJson()));
        ctx.json(body);
    }

    private Object events(Context ctx) {
        Params p = new Params(ctx);
        int size = p.integer("size", 50, 1, MAX_EVENT_SIZE);
        int page = p.integer("page", 0, 0, MAX_DEPTH / size - 1);
        EventFilter filter = p.events(page, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", store.countEvents(filter));
        body.put("page", page);
        body.put("size", size);
        body.put("events", store.events(filter).stream().map(EventBody::of).toList());
        return body;
    }

    private Object actors(Context ctx) {
        Params p = new Params(ctx);
        String prefix = p.code("prefix");
        List<StoreViews.ActorCount> actors = store.views().actors(p.events(0, 1), prefix,
                p.integer("limit", 100, 1, MAX_ROWS));
        return Map.of("actors", actors);
    }

    private void actor(Context ctx) {
        Params p = new Params(ctx);
        String code = p.pathCode("code");
        store.views().actor(code, p.events(0, 1).withActor(null)).ifPresentOrElse(ctx::json,
                () -> error(ctx, HttpStatus.NOT_FOUND, "no events with actor " + code));
    }

    private Object dyad(Context ctx) {
        Params p = new Params(ctx);
        String source = p.pathCode("source");
        String target = p.pathCode("target");
        StoreViews.Interval interval = p.choice("interval", StoreViews.Interval.class, StoreViews.Interval.MONTH);
        EventFilter filter = p.events(0, 1).withDyad(source, target);
        List<StoreViews.SeriesPoint> points = store.views().series(filter, interval);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", source);
        body.put("target", target);
        body.put("interval", interval.name().toLowerCase(Locale.ROOT));
        body.put("events", points.stream().mapToLong(StoreViews.SeriesPoint::events).sum());
        body.put("points", points);
        return body;
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("status", status.getCode(), "error", message));
    }
}
