package org.herald.themes;

import java.util.LinkedHashMap;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.content.TagCodes;
import org.herald.i18n.SiteLanguages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a theme: a code no theme has, a name in the default language at least, no name another
 * theme has in the same language. It comes last in the section's order.
 */
@Component
class CreateTheme {

    private final ThemeStore store;
    private final SiteLanguages languages;
    private final AuditLog audit;
    private final ChangeLog changes;

    CreateTheme(ThemeStore store, SiteLanguages languages, AuditLog audit, ChangeLog changes) {
        this.store = store;
        this.languages = languages;
        this.audit = audit;
        this.changes = changes;
    }

    /** The new theme's code. */
    @Transactional
    String create(Actor actor, ThemeForm form) {
        actor.require(Permission.THEMES_EDIT);
        Map<String, String> errors = new LinkedHashMap<>();
        String code = TagCodes.isValid(form.code()) ? TagCodes.normalize(form.code()) : null;
        if (form.code().isEmpty()) {
            errors.put("code", "error.theme.code-required");
        } else if (code == null) {
            errors.put("code", "error.tag.invalid");
        } else if (store.codeTaken(code)) {
            errors.put("code", "error.theme.code-taken");
        }
        errors.putAll(form.textErrors(languages.defaultLanguage()));
        store.nameClashes(form, null).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new ThemeRefused(errors);
        }
        long id = store.insert(code);
        store.writeTexts(id, form, Map.of());
        audit.record(actor, "theme.create", Themes.ENTITY, id, code);
        changes.record(Themes.ENTITY, id, null, "created");
        return code;
    }
}
