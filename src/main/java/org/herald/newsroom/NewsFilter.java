package org.herald.newsroom;

import java.util.ArrayList;
import java.util.List;

import org.herald.content.ArticleKind;

/**
 * The news listing's filters as the reader chose them, and the query string that keeps them
 * while paging.
 */
public record NewsFilter(ArticleKind kind, String country, Integer year) {

    public boolean any() {
        return kind != null || country != null || year != null;
    }

    /** The query string for a page of this filtered listing ("?kind=news&amp;page=2"). */
    public String query(int page) {
        List<String> parts = new ArrayList<>();
        if (kind != null) {
            parts.add("kind=" + kind.slug());
        }
        if (country != null) {
            parts.add("country=" + country.toLowerCase(java.util.Locale.ROOT));
        }
        if (year != null) {
            parts.add("year=" + year);
        }
        if (page > 1) {
            parts.add("page=" + page);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
