package org.herald.importer;

import java.util.List;

import org.herald.figures.Figure;
import org.herald.figures.Figures;
import org.herald.i18n.Language;
import org.herald.importer.recover.Recovery;
import org.springframework.stereotype.Component;

/**
 * The figures the seed's release states (migrants in Russia, Ukraine, Kazakhstan and Belarus),
 * found in its text by the importer's finder and stored with the release as their source, as an
 * imported release's are.
 */
@Component
class SeedFigures {

    private final Recovery recovery;
    private final Figures figures;

    SeedFigures(Recovery recovery, Figures figures) {
        this.recovery = recovery;
        this.figures = figures;
    }

    /** Stores the figures of the release's text, in the seed load's transaction. */
    void add(long release, String text) {
        List<Figure> found = recovery.figures(text, Language.EN).stream()
                .map(f -> new Figure(f.country(), f.value(), f.unit(), f.qualifier(), f.text(), release)).toList();
        figures.addFromSource(release, found);
    }
}
