package org.herald.figures;

import java.util.List;

import org.herald.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * What the Data and Research section page shows besides its text: the datasets, the indicators,
 * and the latest figures quoted in published releases (the largest about each country).
 */
@Component
public class DataSection {

    private static final int FIGURES_SHOWN = 12;

    private final Datasets datasets;
    private final Indicators indicators;
    private final PublicFigures figures;

    DataSection(Datasets datasets, Indicators indicators, PublicFigures figures) {
        this.datasets = datasets;
        this.indicators = indicators;
        this.figures = figures;
    }

    /** The section's lists in a language. */
    public record Shown(List<Dataset> datasets, List<Indicator> indicators, List<SourcedFigure> figures) {
    }

    public Shown show(Language language) {
        return new Shown(datasets.all(), indicators.all(language),
                PublicFigures.largestPerCountry(figures.find(null, null)).stream().limit(FIGURES_SHOWN).toList());
    }
}
