package org.herald.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * How the line chart and the world map are laid out, before any template draws them: round axis
 * marks, time running the page's way, lines told apart by more than colour, names that never
 * overlap, and map classes that hold about as many countries each.
 */
class ChartLayoutTests {

    @Test
    void axisMarksAreRoundAndCoverTheValues() {
        assertThat(Ticks.nice(0, 12_000_000, 5)).containsExactly(0.0, 5e6, 10e6, 15e6);
        assertThat(Ticks.nice(0, 0.87, 5)).first().isEqualTo(0.0);
        assertThat(Ticks.nice(0, 0.87, 5)).last().isEqualTo(1.0);
        assertThat(Ticks.years(1990, 2024, 8)).containsExactly(1990, 1995, 2000, 2005, 2010, 2015, 2020);
        assertThat(Ticks.years(2020, 2020, 8)).containsExactly(2020);
    }

    @Test
    void timeRunsThePagesWayAndLinesDifferBeyondColour() {
        Map<String, List<IndicatorValue>> series = new LinkedHashMap<>();
        series.put("BY", List.of(value("BY", 2010, 1_000_000), value("BY", 2020, 1_200_000)));
        series.put("UA", List.of(value("UA", 2020, 5_000_000), value("UA", 2010, 4_800_000)));
        series.put("KZ", List.of(value("KZ", 2010, 3_000_000), value("KZ", 2020, 3_700_000)));

        LineChart ltr = LineChart.of(series, false);
        LineChart.Line belarus = ltr.lines().get(0);
        assertThat(belarus.points().get(0).x()).as("earlier years on the left").isLessThan(belarus.points().get(1).x());
        assertThat(ltr.lines().get(1).points().get(0).value().year()).as("sorted by year").isEqualTo(2010);
        assertThat(ltr.lines()).extracting(LineChart.Line::dash).doesNotHaveDuplicates();
        assertThat(ltr.lines()).extracting(LineChart.Line::marker).doesNotHaveDuplicates();
        assertThat(ltr.valueAnchor()).as("values end at the axis").isEqualTo("end");

        LineChart rtl = LineChart.of(series, true);
        LineChart.Line mirrored = rtl.lines().get(0);
        assertThat(mirrored.points().get(0).x()).as("earlier years on the right").isGreaterThan(mirrored.points().get(1).x());
        assertThat(rtl.valueLabelX()).as("the value axis on the right").isGreaterThan(rtl.plot().right());
        assertThat(mirrored.nameX()).as("names on the left").isLessThan(rtl.plot().left());
        assertThat(rtl.nameAnchor()).as("a right-to-left name starts (its right edge) at its line").isEqualTo("start");
        assertThat(rtl.valueAnchor()).as("and a value ends (its left edge) at the axis").isEqualTo("end");
    }

    @Test
    void namesAtTheLinesEndsNeverOverlap() {
        Map<String, List<IndicatorValue>> close = new LinkedHashMap<>();
        for (String country : List.of("BY", "UA", "KZ", "RU")) {
            close.put(country, List.of(value(country, 2020, 1_000_000 + country.hashCode())));
        }
        List<Double> names = LineChart.of(close, false).lines().stream().map(LineChart.Line::nameY).sorted().toList();
        for (int index = 1; index < names.size(); index++) {
            assertThat(names.get(index) - names.get(index - 1)).isGreaterThanOrEqualTo(13);
        }
        assertThat(LineChart.of(Map.of("BY", List.of(value("BY", 2020, 1))), false).lines()).hasSize(1);
    }

    @Test
    void mapClassesHoldAboutAsManyCountriesAndMissingOnesAreHatched() {
        org.herald.places.WorldShapes world = new org.herald.places.WorldShapes();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        String[] countries = {"BY", "UA", "KZ", "RU", "DE", "FR", "ES", "IT", "PL", "TR"};
        for (int index = 0; index < countries.length; index++) {
            values.put(countries[index], BigDecimal.valueOf((index + 1) * 100L));
        }
        WorldMap map = WorldMap.of(world, values, false);
        assertThat(map.classes()).hasSize(5);
        assertThat(map.classes().get(0).low()).isEqualByComparingTo("100");
        assertThat(map.classes().get(0).high()).isEqualByComparingTo("200");
        assertThat(map.classes().get(4).high()).isEqualByComparingTo("1000");
        WorldMap.Shape belarus = map.shapes().stream().filter(shape -> shape.countryCode().equals("BY")).findFirst().orElseThrow();
        WorldMap.Shape turkey = map.shapes().stream().filter(shape -> shape.countryCode().equals("TR")).findFirst().orElseThrow();
        assertThat(belarus.shade()).isEqualTo(WorldMap.SHADES[0]);
        assertThat(turkey.shade()).isEqualTo(WorldMap.SHADES[4]);
        assertThat(map.shapes().stream().filter(shape -> shape.countryCode().equals("BR")).findFirst().orElseThrow()
                .shade()).as("no value: hatched, not pale").isNull();
        assertThat(map.withValues()).isEqualTo(10);
        assertThat(map.missing().x()).as("the no-data entry last, on the right").isGreaterThan(map.classes().get(4).x());
        assertThat(WorldMap.of(world, values, true).missing().x()).as("mirrored: on the left")
                .isLessThan(WorldMap.of(world, values, true).classes().get(4).x());
        assertThat(WorldMap.of(world, Map.of("BY", BigDecimal.ONE), false).classes()).hasSize(1);
    }

    @Test
    void barsAreAsLongAsTheirValuesAndGrowLeftwardsInRightToLeft() {
        org.herald.content.PublishedSummary release = new org.herald.content.PublishedSummary(1, java.util.UUID.randomUUID(),
                org.herald.content.ContentType.ARTICLE, org.herald.content.ArticleKind.PRESS_RELEASE,
                org.herald.i18n.Language.EN, "release", "A release", null, null, null, null, false, null);
        List<SourcedFigure> figures = List.of(
                new SourcedFigure(new Figure("RU", new BigDecimal("12000000").stripTrailingZeros(), "migrants", null, "", 1), release),
                new SourcedFigure(new Figure("BY", new BigDecimal("1200000").stripTrailingZeros(), "migrants", null, "", 1), release));
        BarChart ltr = BarChart.of(figures, false);
        assertThat(ltr.bars().get(0).length()).as("the largest bar is the longest").isEqualTo(190);
        assertThat(ltr.bars().get(1).length()).as("a tenth of it").isEqualTo(19);
        BarChart rtl = BarChart.of(figures, true);
        assertThat(rtl.bars().get(0).x() + rtl.bars().get(0).length()).as("bars end at the names, on the right")
                .isEqualTo(rtl.bars().get(1).x() + rtl.bars().get(1).length());
    }

    private static IndicatorValue value(String country, int year, long value) {
        return new IndicatorValue("migrant-stock", country, year, BigDecimal.valueOf(value));
    }
}
