package org.herald.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a chart's axes are marked: round values a reader can take in at a glance (0, 5 million,
 * 10 million, not 0, 4.37 million…), as Heckbert's "nice numbers" give them. Written here rather
 * than taken from a charting library because Herald draws its charts as its own SVG, and the
 * Java charting libraries (JFreeChart, XChart) bring a whole rendering stack for these ten lines.
 */
final class Ticks {

    private Ticks() {
    }

    /**
     * About {@code count} round marks covering {@code low} to {@code high}: the first at or
     * below {@code low}, the last at or above {@code high}, evenly spaced by 1, 2 or 5 times a
     * power of ten.
     */
    static List<Double> nice(double low, double high, int count) {
        double step = niceStep((high - low) / Math.max(1, count - 1));
        double first = Math.floor(low / step) * step;
        double last = Math.ceil(high / step) * step;
        List<Double> ticks = new ArrayList<>();
        for (double tick = first; tick <= last + step / 2; tick += step) {
            ticks.add(Math.abs(tick) < step / 1e6 ? 0.0 : tick);
        }
        return ticks;
    }

    /** At most {@code most} years from {@code first} to {@code last}, a round number of years apart. */
    static List<Integer> years(int first, int last, int most) {
        int step = 1;
        for (int candidate : new int[] {1, 2, 5, 10, 20, 25, 50, 100}) {
            step = candidate;
            if ((last - first) / candidate + 1 <= most) {
                break;
            }
        }
        List<Integer> years = new ArrayList<>();
        for (int year = (int) Math.ceil(first / (double) step) * step; year <= last; year += step) {
            years.add(year);
        }
        if (years.isEmpty()) {
            years.add(first);
        }
        return years;
    }

    private static double niceStep(double raw) {
        if (raw <= 0 || Double.isNaN(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
