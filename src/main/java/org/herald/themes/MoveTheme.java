package org.herald.themes;

import java.util.ArrayList;
import java.util.List;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Moves a theme one place up or down in the section's order. */
@Component
class MoveTheme {

    private final Themes themes;
    private final ThemeStore store;
    private final AuditLog audit;
    private final ChangeLog changes;

    MoveTheme(Themes themes, ThemeStore store, AuditLog audit, ChangeLog changes) {
        this.themes = themes;
        this.store = store;
        this.audit = audit;
        this.changes = changes;
    }

    /** {@code direction} is "up" or "down"; a move past either end changes nothing. */
    @Transactional
    void move(Actor actor, String code, String direction) {
        actor.require(Permission.THEMES_EDIT);
        int step = switch (direction == null ? "" : direction) {
            case "up" -> -1;
            case "down" -> 1;
            default -> throw new ThemeRefused("direction", "error.theme.direction");
        };
        List<StoredTheme> all = themes.stored();
        List<Long> order = new ArrayList<>(all.stream().map(StoredTheme::id).toList());
        StoredTheme theme = all.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(org.herald.web.NotFoundException::new);
        int from = order.indexOf(theme.id());
        int to = from + step;
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.set(from, order.get(to));
        order.set(to, theme.id());
        store.reorder(order);
        audit.record(actor, "theme.move", Themes.ENTITY, theme.id(), direction);
        changes.record(Themes.ENTITY, theme.id(), null, "moved");
    }
}
