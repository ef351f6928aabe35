package org.herald.forms;

import java.util.List;
import java.util.Map;

import org.herald.i18n.Language;
import org.herald.places.CountryName;

/**
 * A form as its public page shows it: in the reader's language (its original's where it has none),
 * with what was typed and each field's error when a submission comes back, and the signed stamp of
 * when it was first shown.
 */
public record FormPage(StoredForm form, Language language, Map<String, List<String>> typed,
                       Map<String, String> errors, String stamp, List<CountryName> countries) {

    public FormDefinition definition() {
        return form.definition();
    }

    public FormDefinition.Text text() {
        return form.definition().in(language);
    }

    /** The language the form's texts are in, when it is not the page's; null when it is. */
    public String textLanguage() {
        return form.definition().writtenIn(language) ? null : form.definition().original();
    }

    public FormDefinition.FieldText text(FormDefinition.Field field) {
        return field.in(language, form.definition().original());
    }

    public String choiceLabel(FormDefinition.Field field, String value) {
        return field.choiceLabel(value, language, form.definition().original());
    }

    /** The first value typed in the field, blank when none. */
    public String value(FormDefinition.Field field) {
        List<String> values = typed.get(field.name());
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    public boolean picked(FormDefinition.Field field, String choice) {
        return typed.getOrDefault(field.name(), List.of()).contains(choice);
    }
}
