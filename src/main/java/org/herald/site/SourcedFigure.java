package org.herald.site;

import org.herald.content.PublishedSummary;
import org.herald.figures.Figure;

/** A figure stated about a country, with the published article or page that states it. */
public record SourcedFigure(Figure figure, PublishedSummary source) {
}
