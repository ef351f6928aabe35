package org.herald.figures;

/**
 * A figure as stored, with its row and its review.
 *
 * @param reviewedBy the editor who confirmed, corrected or rejected it; null while only found
 */
public record StoredFigure(long id, Figure figure, FigureReview review, String reviewedBy) {
}
