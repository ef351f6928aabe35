package org.herald.figures;

/** Where a stored figure stands with the editors. */
public enum FigureReview {
    /** Found by an import and public as found (the import's review queue stands for it). */
    FOUND,
    /** An editor read it against the text and confirmed it as found. */
    CONFIRMED,
    /** An editor corrected what the finder read (country, value, unit or qualifier). */
    CORRECTED,
    /** An editor rejected it: never shown, and not proposed again. */
    REJECTED;

    /** Whether readers see it (while its article is published). */
    public boolean isPublic() {
        return this != REJECTED;
    }

    public String messageKey() {
        return "figures.review." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
