package org.herald.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** The {@link GroupField}s other modules provide, as the write path and the editor use them together. */
@Component
public class GroupFields {

    private final List<GroupField> fields;

    GroupFields(List<GroupField> fields) {
        this.fields = List.copyOf(fields);
    }

    /**
     * The fields as the editor shows them: the values typed when there are some (a form sent back
     * with an error), else the group's working copy (blank for a new group, null).
     */
    public List<Shown> shown(ContentType type, UUID group, Map<String, String> typed) {
        return fields.stream().filter(field -> type == null || field.appliesTo(type))
                .map(field -> new Shown(field.name(), field.labelKey(), field.helpKey(), field.multiline(),
                typed.containsKey(field.name()) ? typed.get(field.name())
                        : group == null ? "" : field.value(group))).toList();
    }

    /** The fields' values in a submitted form, by name, as typed; a field the form did not carry is left out. */
    public Map<String, String> typed(java.util.function.UnaryOperator<String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (GroupField field : fields) {
            String value = parameters.apply(field.name());
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return values;
    }

    /**
     * The draft as {@code checkDraft} checks it, refused with the errors of the draft and of the
     * fields' values together, so that the editor shows every one at once. A field that does not
     * apply to items of the draft's type is not checked (a revision keeps every field's value).
     */
    ContentDraft check(ContentType type, Supplier<ContentDraft> checkDraft, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (GroupField field : fields) {
            String value = values.get(field.name());
            if (value != null && (type == null || field.appliesTo(type))) {
                field.check(value).ifPresent(error -> errors.put(field.name(), error));
            }
        }
        try {
            ContentDraft checked = checkDraft.get();
            if (!errors.isEmpty()) {
                throw new ContentValidationException(errors);
            }
            return checked;
        } catch (ContentValidationException invalid) {
            errors.putAll(invalid.errors());
            throw new ContentValidationException(errors);
        }
    }

    /** Stores the values given (a field left out of the form, or not of items of this type, keeps what it had). */
    void save(ContentType type, UUID group, Map<String, String> values) {
        fields.stream().filter(field -> values.containsKey(field.name()) && (type == null || field.appliesTo(type)))
                .forEach(field -> field.save(group, values.get(field.name())));
    }

    /** Every field's value for the group's working copy, by name, as a revision keeps them. */
    Map<String, String> values(UUID group) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field.name(), field.value(group)));
        return values;
    }

    /** Every field blank, as a new group's fields are before anything is saved about it. */
    Map<String, String> blank() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field.name(), ""));
        return values;
    }

    /** The message key of the label of the field with this name; empty for a field no module provides now. */
    public java.util.Optional<String> labelKey(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).map(GroupField::labelKey).findFirst();
    }

    void publish(UUID group) {
        fields.forEach(field -> field.publish(group));
    }

    /** A field as the editor shows it: its name, the keys of its label and help, whether it has several lines, its value. */
    public record Shown(String name, String labelKey, String helpKey, boolean multiline, String value) {
    }
}
