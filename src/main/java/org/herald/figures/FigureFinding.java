package org.herald.figures;

import java.util.List;

import org.herald.i18n.Language;

/**
 * Finding the figures a text states ("hosts an estimated 12 million migrants"), the way an import
 * finds them. The importer provides it, with its finder and its vocabularies; the figures module
 * asks through this, so that an article written in the editor gets its figures found by the same
 * rules as an imported one without the figures module depending on the importer.
 */
public interface FigureFinding {

    /** The figures stated in {@code text}, written in {@code language}, as from article {@code source}. */
    List<Figure> find(String text, Language language, long source);
}
