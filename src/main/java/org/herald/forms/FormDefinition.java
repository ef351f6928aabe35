package org.herald.forms;

import java.util.List;
import java.util.Map;

import org.herald.i18n.Language;

/**
 * A form as an editor builds it (stored as JSON): where its notifications go, how long its
 * submissions are kept, how long a person takes at least to fill it, its texts and its fields, each
 * with its texts by language code. A language the form has no text in is shown the original's.
 *
 * @param office        the office address its notifications are sent to
 * @param retentionDays days a submission is kept before it is deleted
 * @param minSeconds    seconds a person takes at least to fill it; a faster sender is refused
 * @param original      the language code whose texts stand in for a missing language
 */
public record FormDefinition(String office, int retentionDays, int minSeconds, String original,
                             Map<String, Text> text, List<Field> fields) {

    /** The form's title, introduction and thanks (shown after a submission), in one language. */
    public record Text(String title, String intro, String thanks) {
    }

    /**
     * A field: its name (the submission's key), kind, whether it is required, its longest value,
     * its choices (values, for choice and checkboxes) and its texts by language code.
     */
    public record Field(String name, String kind, boolean required, Integer maxLength, List<String> choices,
                        Map<String, FieldText> text) {

        public FieldKind fieldKind() {
            return FieldKind.fromSlug(kind).orElse(FieldKind.TEXT);
        }

        /** The longest value taken: as set, else 4,000 characters for long text and 200 for the rest. */
        public int limit() {
            return maxLength != null ? maxLength : fieldKind() == FieldKind.LONG_TEXT ? 4000 : 200;
        }

        public FieldText in(Language language, String original) {
            FieldText own = text.get(language.code());
            return own != null ? own : text.get(original);
        }

        /** The label of a choice in the language, its value when it has none. */
        public String choiceLabel(String value, Language language, String original) {
            FieldText shown = in(language, original);
            int index = choices == null ? -1 : choices.indexOf(value);
            return shown == null || shown.choices() == null || index < 0 || index >= shown.choices().size() ? value
                    : shown.choices().get(index);
        }
    }

    /** A field's label, help and choice labels (in the order of its choices), in one language. */
    public record FieldText(String label, String help, List<String> choices) {
    }

    public Text in(Language language) {
        Text own = text.get(language.code());
        return own != null ? own : text.get(original);
    }

    /** Whether the form has its own texts in the language (else it is shown in its original's). */
    public boolean writtenIn(Language language) {
        return text.containsKey(language.code());
    }
}
