package org.herald.figures;

/**
 * The latest value of an indicator for a country, with the dataset it comes from: what a
 * country page's "Migration in figures" block shows.
 */
public record LatestValue(Indicator indicator, IndicatorValue value, Dataset dataset) {
}
