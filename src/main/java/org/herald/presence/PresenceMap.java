package org.herald.presence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map of presence: every country's shape (Natural Earth 1:110m, bundled at build time by
 * {@code tools/map/build.mjs} as {@code map/countries.json}, never fetched at run time) with the
 * organization's presence in it. Read once at start; the page draws it as SVG.
 */
@Component
public class PresenceMap {

    private final int width;
    private final int height;
    private final Map<String, String> shapes;

    PresenceMap() {
        try (InputStream in = new ClassPathResource("map/countries.json").getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            width = root.get("width").asInt();
            height = root.get("height").asInt();
            Map<String, String> read = new LinkedHashMap<>();
            root.get("shapes").properties().forEach(entry -> read.put(entry.getKey(), entry.getValue().asString()));
            shapes = Map.copyOf(read);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("map/countries.json is missing or unreadable", unreadable);
        }
    }

    /** One country on the map. */
    public record Shape(String code, String path, PresenceKind presence) {
    }

    /** The map drawn for these countries' presence: shapes by presence, and how many of each. */
    public record Drawn(int width, int height, List<Shape> shapes, Map<PresenceKind, Long> counts) {
    }

    /**
     * The shapes of every country on the map, each with its presence (none when nothing is
     * recorded), and how many of all {@code countries} have each kind, those too small to draw too.
     */
    Drawn draw(Map<String, CountryPresence> recorded, int countries) {
        List<Shape> drawn = new ArrayList<>();
        Map<PresenceKind, Long> counts = new EnumMap<>(PresenceKind.class);
        for (PresenceKind kind : PresenceKind.values()) {
            counts.put(kind, 0L);
        }
        recorded.values().stream().filter(country -> country.presence().present())
                .forEach(country -> counts.merge(country.presence(), 1L, Long::sum));
        counts.put(PresenceKind.NONE, countries - counts.values().stream().mapToLong(Long::longValue).sum());
        shapes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            CountryPresence presence = recorded.get(entry.getKey());
            drawn.add(new Shape(entry.getKey(), entry.getValue(),
                    presence == null ? PresenceKind.NONE : presence.presence()));
        });
        return new Drawn(width, height, drawn, counts);
    }

    /** Whether the country has a shape on the map (the smallest are too small for 1:110m). */
    public boolean shows(String countryCode) {
        return shapes.containsKey(countryCode);
    }
}
