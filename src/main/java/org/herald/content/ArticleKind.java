package org.herald.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of article the newsroom publishes. */
public enum ArticleKind {
    PRESS_RELEASE("press-release"),
    NEWS("news"),
    STORY("story"),
    BRIEFING_NOTE("briefing-note");

    private final String slug;

    ArticleKind(String slug) {
        this.slug = slug;
    }

    /** The form used in URLs and filters ("press-release"). */
    public String slug() {
        return slug;
    }

    /** The message key of the kind's name ("kind.press-release"). */
    public String messageKey() {
        return "kind." + slug;
    }

    public static Optional<ArticleKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
