package org.herald.forms;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Forms' definitions and submissions' values as JSON (Jackson). */
@Component
class FormJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    FormDefinition read(String definition) {
        return mapper.readValue(definition, FormDefinition.class);
    }

    /** The definition in the text an editor typed; empty when it is not JSON of a form. */
    java.util.Optional<FormDefinition> parse(String definition) {
        try {
            return java.util.Optional.ofNullable(mapper.readValue(definition, FormDefinition.class));
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return java.util.Optional.empty();
        }
    }

    String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    java.util.Map<String, java.util.List<String>> values(String json) {
        return mapper.readValue(json, new tools.jackson.core.type.TypeReference<>() {
        });
    }
}
