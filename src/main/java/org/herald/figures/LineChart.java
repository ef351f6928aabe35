package org.herald.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line chart of an indicator over time, one line per country, laid out for an SVG that scales
 * down to a phone's 320 px. Each line differs from the others three ways (colour, dash and marker
 * shape), so colour is never the only signal, and is named at its end rather than in a legend.
 * In a right-to-left language the chart is mirrored: time runs leftwards, the value axis stands on
 * the right and the names on the left. Text anchors are the SVG's, which follow the direction of
 * the text: the values end at the axis and the names start at the lines in either direction.
 *
 * @param width      the view box's width
 * @param height     the view box's height
 * @param lines      one per country, in the order given
 * @param valueTicks the value axis's marks, bottom to top
 * @param yearTicks  the time axis's marks
 * @param plot       the plotting area
 */
public record LineChart(int width, int height, List<Line> lines, List<Tick> valueTicks, List<Tick> yearTicks,
                        Area plot, String valueAnchor, int valueLabelX, String nameAnchor) {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final int AXIS = 58;
    private static final int NAMES = 112;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;
    private static final int NAME_GAP = 13;
    /** The most lines drawn: beyond six, lines are no longer told apart. */
    public static final int MOST_LINES = 6;
    private static final String[] COLOURS = {"#0b5394", "#b45f06", "#38761d", "#741b47", "#134f5c", "#7f6000"};
    private static final String[] DASHES = {"none", "8 4", "2 3", "10 3 2 3", "4 4", "12 2"};
    private static final String[] MARKERS = {"circle", "square", "triangle", "diamond", "cross", "bar"};

    /** The rectangle the lines are drawn in. */
    public record Area(int left, int top, int right, int bottom) {
    }

    /** A mark on an axis: where it stands and the value or year it marks. */
    public record Tick(double value, double at) {
    }

    /** One point of a line, where it is drawn and the value it shows. */
    public record Point(IndicatorValue value, double x, double y) {
    }

    /**
     * One country's line.
     *
     * @param nameY where its name is written at the line's end, moved apart from the others' names
     */
    public record Line(String countryCode, List<Point> points, String colour, String dash, String marker,
                       double nameX, double nameY) {

        /** The line as an SVG polyline's points. */
        public String path() {
            StringBuilder path = new StringBuilder();
            for (Point point : points) {
                path.append(path.isEmpty() ? "" : " ").append(round(point.x())).append(',').append(round(point.y()));
            }
            return path.toString();
        }

        /** The SVG path of this line's marker at a point: a shape that differs from line to line. */
        public String markerPath(Point point) {
            double x = point.x();
            double y = point.y();
            return switch (marker) {
                case "square" -> "M" + round(x - 3.5) + " " + round(y - 3.5) + "h7v7h-7z";
                case "triangle" -> "M" + round(x) + " " + round(y - 4.5) + "l4.5 8h-9z";
                case "diamond" -> "M" + round(x) + " " + round(y - 5) + "l5 5-5 5-5-5z";
                case "cross" -> "M" + round(x - 4) + " " + round(y - 4) + "l8 8m0-8l-8 8";
                case "bar" -> "M" + round(x - 1.5) + " " + round(y - 5) + "h3v10h-3z";
                default -> "M" + round(x - 4) + " " + round(y) + "a4 4 0 1 0 8 0a4 4 0 1 0-8 0";
            };
        }

        /** Whether the marker is drawn as a stroke rather than filled. */
        public boolean stroked() {
            return "cross".equals(marker);
        }
    }

    /**
     * The chart of these values, one line per country in the order of {@code byCountry} (at most
     * {@link #MOST_LINES}), in a left-to-right or right-to-left page.
     */
    public static LineChart of(Map<String, List<IndicatorValue>> byCountry, boolean rightToLeft) {
        Map<String, List<IndicatorValue>> drawn = new LinkedHashMap<>();
        byCountry.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).limit(MOST_LINES)
                .forEach(entry -> drawn.put(entry.getKey(), entry.getValue().stream()
                        .sorted(Comparator.comparingInt(IndicatorValue::year)).toList()));
        List<IndicatorValue> all = drawn.values().stream().flatMap(List::stream).toList();
        int first = all.stream().mapToInt(IndicatorValue::year).min().orElse(2000);
        int last = all.stream().mapToInt(IndicatorValue::year).max().orElse(first);
        double lowest = Math.min(0, all.stream().mapToDouble(value -> value.value().doubleValue()).min().orElse(0));
        double highest = all.stream().mapToDouble(value -> value.value().doubleValue()).max().orElse(1);
        List<Double> values = Ticks.nice(lowest, highest <= lowest ? lowest + 1 : highest, 5);
        double bottomValue = values.get(0);
        double topValue = values.get(values.size() - 1);
        Area plot = rightToLeft ? new Area(NAMES, TOP, WIDTH - AXIS, HEIGHT - BOTTOM)
                : new Area(AXIS, TOP, WIDTH - NAMES, HEIGHT - BOTTOM);
        Scale x = new Scale(first, Math.max(last, first + 1), rightToLeft ? plot.right() : plot.left(),
                rightToLeft ? plot.left() : plot.right());
        Scale y = new Scale(bottomValue, topValue, plot.bottom(), plot.top());
        List<Line> lines = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<IndicatorValue>> country : drawn.entrySet()) {
            List<Point> points = country.getValue().stream()
                    .map(value -> new Point(value, x.at(value.year()), y.at(value.value().doubleValue()))).toList();
            Point end = points.get(points.size() - 1);
            double nameX = rightToLeft ? plot.left() - 6 : plot.right() + 6;
            lines.add(new Line(country.getKey(), points, COLOURS[index], DASHES[index], MARKERS[index], nameX,
                    end.y() + 4));
            index++;
        }
        return new LineChart(WIDTH, HEIGHT, apart(lines, plot), values.stream().map(value -> new Tick(value, y.at(value))).toList(),
                Ticks.years(first, last, 8).stream().map(year -> new Tick(year, x.at(year))).toList(), plot,
                "end", rightToLeft ? plot.right() + 6 : plot.left() - 6, "start");
    }

    /** The lines with their names moved apart, top to bottom, so that no two overlap. */
    private static List<Line> apart(List<Line> lines, Area plot) {
        List<Line> byHeight = new ArrayList<>(lines);
        byHeight.sort(Comparator.comparingDouble(Line::nameY));
        Map<String, Double> placed = new LinkedHashMap<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (Line line : byHeight) {
            double y = Math.max(line.nameY(), previous + NAME_GAP);
            placed.put(line.countryCode(), y);
            previous = y;
        }
        double overflow = previous - (plot.bottom() + 4);
        return lines.stream().map(line -> new Line(line.countryCode(), line.points(), line.colour(), line.dash(),
                line.marker(), line.nameX(), placed.get(line.countryCode()) - Math.max(0, overflow))).toList();
    }

    /** Rounds a coordinate to a tenth, which is finer than any screen needs. */
    public static String round(double coordinate) {
        double rounded = Math.round(coordinate * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /** A linear map from data to the view box. */
    private record Scale(double from, double to, double start, double end) {

        double at(double value) {
            return start + (value - from) / (to - from) * (end - start);
        }
    }
}
