package org.herald.site;

import org.herald.content.ContentType;
import org.herald.content.PublishedView;
import org.herald.figures.Figure;

/** A figure stated about a country, with the published article or page that states it. */
public record SourcedFigure(Figure figure, PublishedView source) {

    /** The source's address, in its own language. */
    public String sourcePath() {
        String language = source.language().code();
        return source.type() == ContentType.PAGE ? "/" + language + "/" + source.slug()
                : "/" + language + "/news/" + source.slug();
    }
}
