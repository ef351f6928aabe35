package org.herald.presence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.herald.places.WorldShapes;
import org.springframework.stereotype.Component;

/**
 * The map of presence: every country's shape (the places module's {@link WorldShapes}) with the
 * organization's presence in it. The page draws it as SVG.
 */
@Component
public class PresenceMap {

    private final WorldShapes world;

    PresenceMap(WorldShapes world) {
        this.world = world;
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
        world.paths().entrySet().forEach(entry -> {
            CountryPresence presence = recorded.get(entry.getKey());
            drawn.add(new Shape(entry.getKey(), entry.getValue(),
                    presence == null ? PresenceKind.NONE : presence.presence()));
        });
        return new Drawn(world.width(), world.height(), drawn, counts);
    }

    /** Whether the country has a shape on the map (the smallest are too small for 1:110m). */
    public boolean shows(String countryCode) {
        return world.shows(countryCode);
    }
}
