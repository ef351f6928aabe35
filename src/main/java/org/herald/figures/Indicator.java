package org.herald.figures;

import java.util.Map;

import org.herald.i18n.Language;

/**
 * Something measured by country and year ("international migrant stock"), made by the dataset
 * whose values first named it.
 *
 * @param code    its code in addresses and the API ("international-migrant-stock")
 * @param names   its name in the languages it has one
 * @param unit    what its values count or measure
 * @param dataset the slug of the dataset its values come from
 */
public record Indicator(String code, Map<Language, String> names, String unit, String dataset) {

    /** The name in the language, or the English one. */
    public String name(Language language) {
        String name = names.get(language);
        return name != null ? name : names.getOrDefault(Language.EN, code);
    }
}
