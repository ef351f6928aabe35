package org.herald.figures;

import java.time.LocalDate;
import java.util.Map;

import org.herald.i18n.Language;

/**
 * What a dataset says about itself: its address, its title and description in each language it
 * has them (English at least), where its values come from, under what licence, when published,
 * how made, in what unit and over what coverage; whether its values are counts (a negative one
 * is then refused) and whether it is demonstration data.
 */
public record DatasetDetails(String slug, Map<Language, Text> texts, String source, String licence,
                             LocalDate publishedOn, String methodology, String unit, String coverage, boolean counts,
                             boolean demonstration) {

    /** A title and a description in one language. */
    public record Text(String title, String description) {
    }

    /** The title in the language, or in English when it has none in it. */
    public String title(Language language) {
        return texts.getOrDefault(language, texts.get(Language.EN)).title();
    }
}
