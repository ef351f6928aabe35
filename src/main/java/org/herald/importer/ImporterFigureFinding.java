package org.herald.importer;

import java.util.List;

import org.herald.figures.Figure;
import org.herald.figures.FigureFinding;
import org.herald.i18n.Language;
import org.herald.importer.recover.Recovery;
import org.springframework.stereotype.Component;

/** The importer's finder of figures, for texts that do not come through an import. */
@Component
class ImporterFigureFinding implements FigureFinding {

    private final Recovery recovery;

    ImporterFigureFinding(Recovery recovery) {
        this.recovery = recovery;
    }

    @Override
    public List<Figure> find(String text, Language language, long source) {
        return recovery.figures(text, language).stream()
                .map(f -> new Figure(f.country(), f.value(), f.unit(), f.qualifier(), f.text(), source)).toList();
    }
}
