package org.herald.figures;

import java.math.BigDecimal;
import java.util.List;

import org.herald.accounts.Actor;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.herald.places.Countries;
import org.herald.web.BadRequestException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's decision on a figure of an article: confirm it as found, correct what the finder
 * read, or reject it. A figure not stored yet (one found in an article written in the editor) is
 * identified by its sentence and the country the finder gave it, and must still be in the
 * article's text; a stored one by its row. A correction is checked as a new figure would be: a
 * known country, a value of zero or more, a unit. One path for the screen and anything after it.
 */
@Component
public class ReviewFigure {

    private static final int LONGEST_UNIT = 100;
    private static final int LONGEST_QUALIFIER = 40;

    private final Figures figures;
    private final FiguresOfItems found;
    private final EditorialContent content;
    private final Countries countries;
    private final ChangeLog changes;

    ReviewFigure(Figures figures, FiguresOfItems found, EditorialContent content, Countries countries,
                 ChangeLog changes) {
        this.figures = figures;
        this.found = found;
        this.content = content;
        this.countries = countries;
        this.changes = changes;
    }

    /**
     * What the editor decided about a figure, and the figure as they left it.
     *
     * @param storedId     the stored figure's row, or null for a figure only found so far
     * @param sentence     the sentence that states it (for a figure only found so far)
     * @param foundCountry the country the finder gave it (for a figure only found so far)
     */
    public record Decision(Long storedId, String sentence, String foundCountry, boolean reject, String country,
                           String value, String unit, String qualifier) {
    }

    /** Records the decision on a figure of item {@code itemId}; the review it was recorded as. */
    @Transactional
    public FigureReview decide(Actor actor, long itemId, Decision decision) {
        actor.require(Permission.CONTENT_EDIT);
        EditableItem item = content.get(itemId);
        Figure before = decision.storedId() != null ? stored(itemId, decision.storedId()).figure()
                : proposed(item, decision);
        Figure after = decision.reject() ? before : corrected(before, decision);
        FigureReview review = decision.reject() ? FigureReview.REJECTED
                : same(before, after) ? FigureReview.CONFIRMED : FigureReview.CORRECTED;
        if (decision.storedId() != null) {
            figures.review(decision.storedId(), after, review, actor.name());
        } else {
            figures.addReviewed(after, review, actor.name());
        }
        changes.record(Figures.ENTITY, itemId, item.draft().language().code(), review.name().toLowerCase(java.util.Locale.ROOT));
        return review;
    }

    private StoredFigure stored(long itemId, long id) {
        return figures.ofSource(itemId).stream().filter(figure -> figure.id() == id).findFirst()
                .orElseThrow(() -> new BadRequestException("figures.review.gone"));
    }

    private Figure proposed(EditableItem item, Decision decision) {
        List<Figure> inText = found.proposals(item);
        return inText.stream().filter(figure -> figure.sentence().equals(decision.sentence())
                        && java.util.Objects.equals(figure.countryCode(), blankToNull(decision.foundCountry())))
                .findFirst().orElseThrow(() -> new BadRequestException("figures.review.gone"));
    }

    private Figure corrected(Figure before, Decision decision) {
        String country = blankToNull(decision.country());
        if (country == null || !countries.exists(country)) {
            throw new BadRequestException("figures.review.country");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(decision.value() == null ? "" : decision.value().trim().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            throw new BadRequestException("figures.review.value");
        }
        if (value.signum() < 0 || value.precision() - value.scale() > 18) {
            throw new BadRequestException("figures.review.value");
        }
        String unit = blankToNull(decision.unit());
        String qualifier = blankToNull(decision.qualifier());
        if (unit == null || unit.length() > LONGEST_UNIT || qualifier != null && qualifier.length() > LONGEST_QUALIFIER) {
            throw new BadRequestException("figures.review.unit-error");
        }
        return new Figure(country, value.stripTrailingZeros(), unit, qualifier, before.sentence(), before.sourceContentId());
    }

    private static boolean same(Figure one, Figure other) {
        return Figures.sameStatement(one, other) && one.value().compareTo(other.value()) == 0
                && one.unit().equals(other.unit()) && java.util.Objects.equals(one.qualifier(), other.qualifier());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
