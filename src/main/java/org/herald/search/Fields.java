package org.herald.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.FacetsConfig;
import org.herald.i18n.Language;

/** The names of the index's fields and facet dimensions, in one place. */
final class Fields {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String KIND = "kind";
    static final String LANGUAGE = "language";
    static final String COUNTRY = "country";
    static final String THEME = "theme";
    /** A Sustainable Development Goal's number, "10". */
    static final String GOAL = "goal";
    static final String YEAR = "year";
    static final String DATE = "date";
    /** A vacancy's closing instant (epoch milliseconds): a search leaves out what has closed. */
    static final String CLOSES = "closes";
    static final String DATE_SORT = "date_sort";
    static final String URL = "url";
    /** Every word of title and body, unstemmed: what "did you mean" compares a misspelling with. */
    static final String SPELL = "spell";
    /** Every word of the titles, unstemmed: what suggestions as one types complete. */
    static final String SUGGEST = "suggest";
    /** The facet dimensions, in the order the search page shows them. */
    static final List<String> FACETS = List.of(KIND, LANGUAGE, COUNTRY, THEME, GOAL, YEAR);
    static final float TITLE_BOOST = 3f;

    private Fields() {
    }

    static String title(Language language) {
        return "title_" + language.code();
    }

    static String body(Language language) {
        return "body_" + language.code();
    }

    /** Every language's title and body fields: a query is read in all of them, each with its own analyzer. */
    static List<String> textFields() {
        List<String> fields = new ArrayList<>();
        for (Language language : Language.values()) {
            fields.add(title(language));
            fields.add(body(language));
        }
        return fields;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(COUNTRY, true);
        config.setMultiValued(THEME, true);
        config.setMultiValued(GOAL, true);
        return config;
    }
}
