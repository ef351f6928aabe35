package org.herald.themes;

import java.util.LinkedHashMap;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.i18n.SiteLanguages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renames and describes a theme in each language. Its code stays: items and import rules name it.
 */
@Component
class EditTheme {

    private final ThemeStore store;
    private final SiteLanguages languages;
    private final AuditLog audit;
    private final ChangeLog changes;

    EditTheme(ThemeStore store, SiteLanguages languages, AuditLog audit, ChangeLog changes) {
        this.store = store;
        this.languages = languages;
        this.audit = audit;
        this.changes = changes;
    }

    @Transactional
    void edit(Actor actor, StoredTheme theme, ThemeForm form) {
        actor.require(Permission.THEMES_EDIT);
        Map<String, String> errors = new LinkedHashMap<>(form.textErrors(languages.defaultLanguage()));
        store.nameClashes(form, theme.id()).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new ThemeRefused(errors);
        }
        store.writeTexts(theme.id(), form, theme.texts());
        audit.record(actor, "theme.edit", Themes.ENTITY, theme.id(), theme.code());
        changes.record(Themes.ENTITY, theme.id(), null, "edited");
    }
}
