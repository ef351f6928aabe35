package org.herald.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.herald.i18n.Language;

/**
 * One thing the index can find, before it becomes a Lucene document.
 *
 * @param key      the key of the thing within its type (an item id, a country code)
 * @param kind     the value of the "kind" facet: an article's kind ("press-release"), else the type
 * @param language the language it is written in; null for things named in every language (a country)
 * @param titles   its title in each language it has one in
 * @param body     its text (plain, no markup)
 * @param url      its address; "{lang}" stands for the reader's language in things without one
 * @param date     its date, null when it has none or it is unknown
 * @param themes   the themes it is about
 * @param goals    the numbers of the Sustainable Development Goals it is about
 */
record SearchDocument(DocumentType type, String key, String kind, Language language, Map<Language, String> titles,
                      String body, String url, LocalDate date, List<String> countries, List<String> themes,
                      List<Integer> goals, java.time.Instant closes) {

    /** A document that never closes (everything but a vacancy). */
    SearchDocument(DocumentType type, String key, String kind, Language language, Map<Language, String> titles,
                   String body, String url, LocalDate date, List<String> countries, List<String> themes,
                   List<Integer> goals) {
        this(type, key, kind, language, titles, body, url, date, countries, themes, goals, null);
    }

    static final long NO_DATE = Long.MIN_VALUE;
    private static final FieldType BODY = bodyType();

    /** A document about no goal. */
    SearchDocument(DocumentType type, String key, String kind, Language language, Map<Language, String> titles,
                   String body, String url, LocalDate date, List<String> countries, List<String> themes) {
        this(type, key, kind, language, titles, body, url, date, countries, themes, List.of());
    }

    String id() {
        return type.id(key);
    }

    Document toLucene() {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id(), Field.Store.YES));
        doc.add(new StoredField(Fields.TYPE, type.code()));
        doc.add(new StoredField(Fields.KIND, kind));
        doc.add(new SortedSetDocValuesFacetField(Fields.KIND, kind));
        if (language != null) {
            doc.add(new StringField(Fields.LANGUAGE, language.code(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Fields.LANGUAGE, language.code()));
        }
        StringBuilder allTitles = new StringBuilder();
        titles.forEach((lang, title) -> {
            doc.add(new TextField(Fields.title(lang), title, Field.Store.YES));
            allTitles.append(title).append('\n');
        });
        if (body != null && !body.isBlank()) {
            for (Language lang : language == null ? titles.keySet() : List.of(language)) {
                doc.add(new Field(Fields.body(lang), body, BODY));
            }
        }
        doc.add(new TextField(Fields.SUGGEST, allTitles.toString(), Field.Store.NO));
        doc.add(new TextField(Fields.SPELL, allTitles + (body == null ? "" : body), Field.Store.NO));
        doc.add(new StoredField(Fields.URL, url));
        if (closes != null) {
            doc.add(new LongPoint(Fields.CLOSES, closes.toEpochMilli()));
        }
        long day = date == null ? NO_DATE : date.toEpochDay();
        doc.add(new NumericDocValuesField(Fields.DATE_SORT, day));
        if (date != null) {
            doc.add(new LongPoint(Fields.DATE, day));
            doc.add(new StoredField(Fields.DATE, day));
            doc.add(new SortedSetDocValuesFacetField(Fields.YEAR, String.valueOf(date.getYear())));
        }
        for (String country : countries) {
            doc.add(new StoredField(Fields.COUNTRY, country));
            doc.add(new SortedSetDocValuesFacetField(Fields.COUNTRY, country));
        }
        for (String theme : themes) {
            doc.add(new StoredField(Fields.THEME, theme));
            doc.add(new SortedSetDocValuesFacetField(Fields.THEME, theme));
        }
        for (Integer goal : goals) {
            doc.add(new SortedSetDocValuesFacetField(Fields.GOAL, String.valueOf(goal)));
        }
        return doc;
    }

    /** Stored (for snippets) with offsets in the postings, so highlighting need not analyse the text again. */
    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
