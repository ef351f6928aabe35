package org.herald.figures;

import java.math.BigDecimal;

/**
 * One value of an indicator: how much of it a country had in a year, as a dataset's current
 * version gives it. What the line chart draws over time and the world map colours by country.
 *
 * @param indicator   the indicator's code ("migrant-stock")
 * @param countryCode ISO 3166-1 alpha-2 code of the country
 * @param year        the year the value is for
 * @param value       the value, in the indicator's unit
 */
public record IndicatorValue(String indicator, String countryCode, int year, BigDecimal value) {
}
