package org.herald.forms;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Pattern;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or changes a form from the definition an editor typed: refused, with the reason beside
 * the field, when it is not a form's JSON or breaks a rule of {@link DefinitionCheck}; a change made
 * from an older version than the stored one is refused, not written over it. Audited, and written to
 * the change log so that every node's cache drops the form's page.
 */
@Component
public class SaveForm {

    static final String ENTITY = "form";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final FormStore store;
    private final FormJson json;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    SaveForm(FormStore store, FormJson json, AuditLog audit, ChangeLog changes, Clock clock) {
        this.store = store;
        this.json = json;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /** The new form's id. */
    @Transactional
    public long create(Actor actor, String slug, String definition) {
        actor.require(Permission.FORMS_EDIT);
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new FormRefused(Map.of("slug", "forms.error.slug"));
        }
        if (store.find(slug).isPresent()) {
            throw new FormRefused(Map.of("slug", "forms.error.slug-taken"));
        }
        String checked = checked(definition);
        long id = store.insert(slug, checked, OffsetDateTime.now(clock));
        audit.record(actor, "form.create", ENTITY, id, slug);
        changes.record(ENTITY, id, null, "created");
        return id;
    }

    @Transactional
    void update(Actor actor, StoredForm form, int version, String definition) {
        actor.require(Permission.FORMS_EDIT);
        String checked = checked(definition);
        if (!store.update(form.id(), version, checked, OffsetDateTime.now(clock))) {
            throw new FormRefused(Map.of("definition", "forms.error.meanwhile"));
        }
        audit.record(actor, "form.update", ENTITY, form.id(), form.slug());
        changes.record(ENTITY, form.id(), null, "updated");
    }

    /** The definition as stored (re-written by Jackson), once it is checked. */
    private String checked(String definition) {
        FormDefinition form = json.parse(definition == null ? "" : definition)
                .orElseThrow(() -> new FormRefused(Map.of("definition", "forms.error.definition.json")));
        Map<String, String> errors = DefinitionCheck.errors(form);
        if (!errors.isEmpty()) {
            throw new FormRefused(errors);
        }
        return json.write(form);
    }
}
