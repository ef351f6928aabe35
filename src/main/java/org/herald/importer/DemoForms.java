package org.herald.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.forms.SaveForm;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forms the Herald team wrote for the demo, in the six languages ({@code seed/frame/demo-forms.json}):
 * volunteer, partner with us and contact a country office, which the Take action and Get involved
 * section pages link to. Their texts say they are demonstrations; their office addresses are at
 * example.org.
 */
@Component
class DemoForms {

    private final SaveForm save;
    private final JsonNode forms;

    DemoForms(SaveForm save) throws IOException {
        this.save = save;
        try (InputStream in = new ClassPathResource("seed/frame/demo-forms.json").getInputStream()) {
            this.forms = JsonMapper.builder().build().readTree(in);
        }
    }

    void add(Actor seed) {
        for (Map.Entry<String, JsonNode> form : forms.properties()) {
            save.create(seed, form.getKey(), form.getValue().toString());
        }
    }
}
