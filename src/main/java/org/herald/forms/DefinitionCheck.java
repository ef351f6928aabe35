package org.herald.forms;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an editor's form definition must be: an office address, a retention of 1 to 3,650 days, a
 * minimum time of 0 to 600 seconds, texts in its original language, and fields with unique names,
 * known kinds, choices where they pick from them, and a label in the original language.
 */
final class DefinitionCheck {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private DefinitionCheck() {
    }

    /** The error (a message key) of the first thing wrong; empty when the form can be stored. */
    static Map<String, String> errors(FormDefinition form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.office() == null || !EMAIL.matcher(form.office()).matches()) {
            errors.put("definition", "forms.error.definition.office");
        } else if (form.retentionDays() < 1 || form.retentionDays() > 3650) {
            errors.put("definition", "forms.error.definition.retention");
        } else if (form.minSeconds() < 0 || form.minSeconds() > 600) {
            errors.put("definition", "forms.error.definition.min-seconds");
        } else if (form.text() == null || form.original() == null
                || form.text().get(form.original()) == null || blank(form.text().get(form.original()).title())) {
            errors.put("definition", "forms.error.definition.text");
        } else if (form.fields() == null || form.fields().isEmpty()) {
            errors.put("definition", "forms.error.definition.fields");
        } else {
            Set<String> names = new HashSet<>();
            for (FormDefinition.Field field : form.fields()) {
                if (field.name() == null || !NAME.matcher(field.name()).matches() || !names.add(field.name())
                        || FieldKind.fromSlug(field.kind()).isEmpty()
                        || field.fieldKind().hasChoices() && (field.choices() == null || field.choices().isEmpty())
                        || field.text() == null || field.text().get(form.original()) == null
                        || blank(field.text().get(form.original()).label())
                        || field.maxLength() != null && (field.maxLength() < 1 || field.maxLength() > 10000)) {
                    errors.put("definition", "forms.error.definition.field");
                    break;
                }
            }
        }
        return errors;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
