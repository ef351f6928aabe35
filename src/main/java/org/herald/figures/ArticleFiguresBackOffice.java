package org.herald.figures;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.content.EditorialContent;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.herald.web.Waiting;
import org.springframework.stereotype.Component;

/**
 * In an article's editor, a line on its figures for those who may edit: how many its text states
 * that wait for review, or how many are stored, leading to the review screen. Nothing is said of
 * a text that states no figure.
 */
@Component
class ArticleFiguresBackOffice implements BackOfficeSection {

    private final FiguresOfItems figures;
    private final EditorialContent content;

    ArticleFiguresBackOffice(FiguresOfItems figures, EditorialContent content) {
        this.figures = figures;
        this.content = content;
    }

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return List.of();
    }

    @Override
    public List<Waiting> aboutItem(BackOfficeReader reader, long itemId) {
        if (!reader.can(Permission.CONTENT_EDIT.name())) {
            return List.of();
        }
        FiguresOfItems.OfItem of = figures.of(content.get(itemId));
        String href = ArticleFiguresAdminController.path(itemId);
        if (of.waiting() > 0) {
            return List.of(new Waiting("figures.review.waiting", of.waiting(), href));
        }
        long shown = of.stored().stream().filter(stored -> stored.review().isPublic()).count();
        return of.stored().isEmpty() ? List.of() : List.of(new Waiting("figures.review.stored", shown, href));
    }
}
