package org.herald.figures;

import java.time.LocalDate;

import org.herald.content.PublishedSummary;

/**
 * A figure stated in a published article or page, with that source. Its date is the source's
 * release date; null when the source's date is unknown, never an invented one.
 */
public record SourcedFigure(Figure figure, PublishedSummary source) {

    /** The day the figure was stated: its source's release date, or null when that is unknown. */
    public LocalDate date() {
        return source.releaseDate();
    }
}
