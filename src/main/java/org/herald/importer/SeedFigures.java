package org.herald.importer;

import java.util.List;

import org.herald.figures.Figure;
import org.herald.figures.FigureFinding;
import org.herald.figures.Figures;
import org.herald.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * The figures the seed's release states (migrants in Russia, Ukraine, Kazakhstan and Belarus),
 * found in its text by the importer's finder and stored with the release as their source, as an
 * imported release's are.
 */
@Component
class SeedFigures {

    private final FigureFinding finding;
    private final Figures figures;

    SeedFigures(FigureFinding finding, Figures figures) {
        this.finding = finding;
        this.figures = figures;
    }

    /** Stores the figures of the release's text, in the seed load's transaction. */
    void add(long release, String text) {
        List<Figure> found = finding.find(text, Language.EN, release);
        figures.addFromSource(release, found);
    }
}
