package org.herald.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of figures, one bar per country, laid out for an SVG that scales down
 * to a phone's 320 px and reads in the page's direction: in a right-to-left language the
 * countries' names stand on the right and the bars grow leftwards.
 *
 * @param width  the view box's width
 * @param height the view box's height
 */
public record BarChart(int width, int height, List<Bar> bars) {

    private static final int WIDTH = 420;
    private static final int LABELS = 130;
    private static final int GAP = 6;
    private static final int LONGEST = 190;
    private static final int ROW = 26;
    private static final int BAR = 18;

    /**
     * One bar.
     *
     * @param labelX      where the country's name is anchored, with {@code labelAnchor}
     * @param valueX      where the value written beside the bar is anchored, with {@code valueAnchor}
     * @param textY       the baseline of both texts
     */
    public record Bar(SourcedFigure figure, int x, int y, int length, int height, int labelX, String labelAnchor,
                      int valueX, String valueAnchor, int textY) {
    }

    /** The chart of these figures (largest first), in a left-to-right or right-to-left page. */
    public static BarChart of(List<SourcedFigure> figures, boolean rightToLeft) {
        BigDecimal largest = figures.stream().map(figure -> figure.figure().value()).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        List<Bar> bars = new ArrayList<>();
        int y = GAP;
        for (SourcedFigure figure : figures) {
            // In doubles: a stored value has its trailing zeros stripped (12 million is 1.2E+7, of
            // scale -6), and a BigDecimal quotient keeps the dividend's scale, rounding 190 to 0.
            int length = largest.signum() <= 0 ? 0 : Math.max(2, (int) Math.round(
                    figure.figure().value().doubleValue() * LONGEST / largest.doubleValue()));
            int textY = y + BAR - 5;
            bars.add(rightToLeft
                    ? new Bar(figure, WIDTH - LABELS - length, y, length, BAR, WIDTH - LABELS + GAP, "end",
                            WIDTH - LABELS - length - GAP, "start", textY)
                    : new Bar(figure, LABELS, y, length, BAR, LABELS - GAP, "end", LABELS + length + GAP, "start",
                            textY));
            y += ROW;
        }
        return new BarChart(WIDTH, y + GAP, bars);
    }
}
