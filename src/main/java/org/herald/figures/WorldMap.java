package org.herald.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.herald.places.WorldShapes;

/**
 * A world choropleth: each country shaded by its value in five classes, on the same Natural Earth
 * shapes as the presence map, with a legend. The classes differ in lightness, not hue alone, so
 * they read in grey too; a country with no value is hatched, not merely pale, so that it is never
 * taken for the lowest class. The legend runs in the page's direction.
 *
 * @param width   the view box's width
 * @param height  the view box's height, the legend included
 * @param shapes  every country on the map
 * @param classes the legend, lowest class first
 * @param legendY the legend's top
 */
public record WorldMap(int width, int height, List<Shape> shapes, List<LegendClass> classes, int legendY,
                       LegendClass missing) {

    private static final int LEGEND = 64;
    private static final int SWATCH = 150;
    static final String[] SHADES = {"#deebf7", "#9ecae1", "#5b9bd5", "#2f6fad", "#08306b"};

    /**
     * One country.
     *
     * @param value  its value, null when it has none
     * @param shade  the fill of its class, null when it has no value (the map hatches it)
     */
    public record Shape(String countryCode, String path, BigDecimal value, String shade) {
    }

    /**
     * A class of the legend: the values from {@code low} up to {@code high}, drawn as a swatch.
     *
     * @param low   the class's lowest value, null for the "no data" entry
     * @param x     where its swatch stands
     * @param textX where its range is written, with {@code anchor}
     * @param high  the class's highest value, null for the "no data" entry
     */
    public record LegendClass(BigDecimal low, BigDecimal high, String shade, int x, int textX, String anchor) {

        /** Whether this is the entry for countries with no value. */
        public boolean missing() {
            return low == null;
        }
    }

    /** The map of these values by country code, in a left-to-right or right-to-left page. */
    public static WorldMap of(WorldShapes world, Map<String, BigDecimal> values, boolean rightToLeft) {
        List<BigDecimal> sorted = values.values().stream().sorted().toList();
        List<BigDecimal[]> ranges = classes(sorted);
        List<Shape> shapes = new ArrayList<>();
        world.paths().forEach((code, path) -> {
            BigDecimal value = values.get(code);
            shapes.add(new Shape(code, path, value, value == null ? null : SHADES[classOf(ranges, value)]));
        });
        int legendY = world.height() + 14;
        int count = ranges.size() + 1;
        int start = (world.width() - count * SWATCH) / 2;
        List<LegendClass> legend = new ArrayList<>();
        for (int index = 0; index < ranges.size(); index++) {
            legend.add(swatch(ranges.get(index)[0], ranges.get(index)[1], SHADES[index], start, index, count, rightToLeft));
        }
        LegendClass missing = swatch(null, null, null, start, ranges.size(), count, rightToLeft);
        return new WorldMap(world.width(), legendY + LEGEND - 14, shapes, legend, legendY, missing);
    }

    private static LegendClass swatch(BigDecimal low, BigDecimal high, String shade, int start, int index, int count,
                                      boolean rightToLeft) {
        int slot = rightToLeft ? count - 1 - index : index;
        int x = start + slot * SWATCH;
        return rightToLeft ? new LegendClass(low, high, shade, x + SWATCH - 34, x + SWATCH - 40, "start")
                : new LegendClass(low, high, shade, x, x + 28, "start");
    }

    /** Up to five classes of about as many countries each (quantiles), with no empty class. */
    private static List<BigDecimal[]> classes(List<BigDecimal> sorted) {
        List<BigDecimal[]> ranges = new ArrayList<>();
        if (sorted.isEmpty()) {
            return ranges;
        }
        int classes = Math.min(SHADES.length, sorted.size());
        int from = 0;
        for (int index = 1; index <= classes; index++) {
            int to = Math.max(from, (int) Math.ceil(sorted.size() * index / (double) classes) - 1);
            while (to + 1 < sorted.size() && sorted.get(to + 1).compareTo(sorted.get(to)) == 0) {
                to++;
            }
            if (from <= to && from < sorted.size()) {
                ranges.add(new BigDecimal[] {sorted.get(from), sorted.get(to)});
            }
            from = to + 1;
        }
        return ranges;
    }

    private static int classOf(List<BigDecimal[]> ranges, BigDecimal value) {
        for (int index = 0; index < ranges.size(); index++) {
            if (value.compareTo(ranges.get(index)[1]) <= 0) {
                return index;
            }
        }
        return ranges.size() - 1;
    }

    /** How many countries have a value. */
    public long withValues() {
        return shapes.stream().filter(shape -> shape.value() != null).count();
    }
}
