package org.herald.figures;

import java.util.List;

import org.herald.content.ContentDraft;
import org.herald.content.EditableItem;
import org.springframework.stereotype.Component;

/**
 * The figures of one article in the back office: those stored with it (an import's, or those an
 * editor reviewed) and those its current text states that nobody has reviewed yet, found by the
 * importer's rules each time the editor looks, so that a figure follows the text as it is edited.
 */
@Component
public class FiguresOfItems {

    private final Figures figures;
    private final FigureFinding finding;

    FiguresOfItems(Figures figures, FigureFinding finding) {
        this.figures = figures;
        this.finding = finding;
    }

    /** An article's figures: stored ones, and those found in its text that are not stored yet. */
    public record OfItem(List<StoredFigure> stored, List<Figure> proposals) {

        /** How many wait for an editor: found but neither stored nor reviewed. */
        public long waiting() {
            return proposals.size();
        }
    }

    /** The figures numbered from 1, for the forms that show them. */
    public static List<java.util.Map.Entry<Integer, Figure>> numbered(List<Figure> figures) {
        return java.util.stream.IntStream.range(0, figures.size())
                .mapToObj(index -> java.util.Map.entry(index + 1, figures.get(index))).toList();
    }

    OfItem of(EditableItem item) {
        List<StoredFigure> stored = figures.ofSource(item.id());
        return new OfItem(stored, unstored(item, stored));
    }

    /** The figures the item's text states that are not stored with it yet. */
    List<Figure> proposals(EditableItem item) {
        return unstored(item, figures.ofSource(item.id()));
    }

    private List<Figure> unstored(EditableItem item, List<StoredFigure> stored) {
        ContentDraft draft = item.draft();
        String text = String.join("\n\n", draft.title(), draft.summary() == null ? "" : draft.summary(),
                draft.bodyMarkdown() == null ? "" : draft.bodyMarkdown());
        return finding.find(text, draft.language(), item.id()).stream()
                .filter(found -> stored.stream().noneMatch(figure -> Figures.sameStatement(figure.figure(), found)))
                .toList();
    }
}
