package org.herald.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.herald.i18n.Language;

/**
 * The mapping screen's form as typed: the dataset's details (a title and description per
 * language), the columns chosen, the encoding, and whether refused rows are skipped.
 */
record DatasetForm(Map<String, String> fields) {

    static DatasetForm of(Map<String, String> parameters) {
        Map<String, String> fields = new HashMap<>();
        parameters.forEach((name, value) -> fields.put(name, value == null ? "" : value.strip()));
        return new DatasetForm(fields);
    }

    /** The form for a new version of a dataset, its details as stored; or a blank one. */
    static DatasetForm of(Dataset dataset, ColumnMapping guess) {
        Map<String, String> fields = new HashMap<>();
        if (dataset != null) {
            DatasetDetails details = dataset.details();
            fields.put("slug", details.slug());
            details.texts().forEach((language, text) -> {
                fields.put("title-" + language.code(), text.title());
                fields.put("description-" + language.code(), text.description() == null ? "" : text.description());
            });
            fields.put("source", details.source());
            fields.put("licence", details.licence());
            fields.put("published", details.publishedOn() == null ? "" : details.publishedOn().toString());
            fields.put("methodology", details.methodology() == null ? "" : details.methodology());
            fields.put("unit", details.unit());
            fields.put("coverage", details.coverage() == null ? "" : details.coverage());
            fields.put("counts", details.counts() ? "on" : "");
            fields.put("demonstration", details.demonstration() ? "on" : "");
        } else {
            fields.put("counts", "on");
        }
        fields.put("column-country", String.valueOf(guess.country()));
        fields.put("column-year", String.valueOf(guess.year()));
        fields.put("column-indicator", String.valueOf(guess.indicator()));
        fields.put("column-value", String.valueOf(guess.value()));
        return new DatasetForm(fields);
    }

    String get(String name) {
        return fields.getOrDefault(name, "");
    }

    boolean checked(String name) {
        return !get(name).isEmpty();
    }

    boolean windows1252() {
        return get("encoding").equals("windows-1252");
    }

    DatasetDetails details() {
        Map<Language, DatasetDetails.Text> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String title = get("title-" + language.code());
            String description = get("description-" + language.code());
            if (!title.isEmpty()) {
                texts.put(language, new DatasetDetails.Text(title, description.isEmpty() ? null : description));
            }
        }
        return new DatasetDetails(get("slug").toLowerCase(java.util.Locale.ROOT), texts, get("source"), get("licence"),
                date(get("published")), blankToNull(get("methodology")), get("unit"), blankToNull(get("coverage")),
                checked("counts"), checked("demonstration"));
    }

    ColumnMapping mapping() {
        return new ColumnMapping(column("country"), column("year"), column("indicator"), column("value"));
    }

    private int column(String name) {
        try {
            return Integer.parseInt(get("column-" + name));
        } catch (NumberFormatException notChosen) {
            return -1;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
