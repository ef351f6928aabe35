package org.herald.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.herald.people.PhoneNumbers;

/**
 * A submission checked field by field against its form: what is missing, too long, not an
 * e-mail address or a phone number (libphonenumber, in the country given in the form if there is
 * one), or not among the field's choices. Values come back cleaned: trimmed, phone numbers in E.164,
 * countries as ISO codes.
 */
final class SubmissionCheck {

    /** The value a consent box sends when it is ticked. */
    static final String CONSENTED = "yes";

    private SubmissionCheck() {
    }

    record Checked(Map<String, List<String>> values, Map<String, String> errors) {
    }

    static Checked check(FormDefinition form, Map<String, List<String>> typed, Predicate<String> countryExists) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        String region = form.fields().stream().filter(field -> field.fieldKind() == FieldKind.COUNTRY)
                .map(field -> first(typed.get(field.name())).toUpperCase(Locale.ROOT)).filter(countryExists)
                .findFirst().orElse(null);
        for (FormDefinition.Field field : form.fields()) {
            List<String> given = typed.getOrDefault(field.name(), List.of()).stream().map(String::trim)
                    .filter(value -> !value.isEmpty()).toList();
            String value = given.isEmpty() ? "" : given.get(0);
            List<String> kept = new ArrayList<>(field.fieldKind() == FieldKind.CHECKBOXES ? given : List.of(value));
            String error = null;
            if (given.isEmpty()) {
                error = field.required() ? "forms.error.required" : null;
            } else if (given.stream().anyMatch(each -> each.length() > field.limit())) {
                error = "forms.error.too-long";
            } else {
                switch (field.fieldKind()) {
                    case EMAIL -> error = DefinitionCheck.EMAIL.matcher(value).matches() ? null : "forms.error.email";
                    case PHONE -> {
                        var e164 = PhoneNumbers.toE164(value, region);
                        error = e164.isPresent() ? null : "forms.error.phone";
                        e164.ifPresent(number -> kept.set(0, number));
                    }
                    case CHOICE -> error = field.choices().contains(value) ? null : "forms.error.choice";
                    case CHECKBOXES -> error = field.choices().containsAll(given) ? null : "forms.error.choice";
                    case COUNTRY -> {
                        error = countryExists.test(value.toUpperCase(Locale.ROOT)) ? null : "forms.error.country";
                        kept.set(0, value.toUpperCase(Locale.ROOT));
                    }
                    case CONSENT -> error = CONSENTED.equals(value) ? null : "forms.error.required";
                    default -> error = null;
                }
            }
            if (error != null) {
                errors.put(field.name(), error);
            }
            values.put(field.name(), given.isEmpty() ? List.of() : List.copyOf(kept));
        }
        return new Checked(values, errors);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? "" : values.get(0).trim();
    }
}
