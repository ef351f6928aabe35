package org.herald.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every country's outline on a world map: Natural Earth 1:110m, projected and simplified at
 * build time by {@code tools/map/build.mjs} into {@code map/countries.json}, never fetched at run
 * time. Read once at start; the presence map and the figures' choropleths draw them as SVG paths.
 */
@Component
public class WorldShapes {

    private final int width;
    private final int height;
    private final Map<String, String> paths;

    public WorldShapes() {
        try (InputStream in = new ClassPathResource("map/countries.json").getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            width = root.get("width").asInt();
            height = root.get("height").asInt();
            Map<String, String> read = new TreeMap<>();
            root.get("shapes").properties().forEach(entry -> read.put(entry.getKey(), entry.getValue().asString()));
            paths = java.util.Collections.unmodifiableMap(read);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("map/countries.json is missing or unreadable", unreadable);
        }
    }

    /** The map's width in SVG units. */
    public int width() {
        return width;
    }

    /** The map's height in SVG units. */
    public int height() {
        return height;
    }

    /** Each drawn country's SVG path by its ISO 3166-1 alpha-2 code, in the order of the codes. */
    public Map<String, String> paths() {
        return paths;
    }

    /** Whether the country has a shape on the map (the smallest are too small for 1:110m). */
    public boolean shows(String countryCode) {
        return paths.containsKey(countryCode);
    }
}
