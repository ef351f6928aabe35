package org.herald.highlights;

import java.util.ArrayList;
import java.util.List;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Moves a pin one place up or down among the pins of its page; the first and the last stay where they are. */
@Component
public class MoveHighlight {

    private final HighlightStore store;
    private final AuditLog audit;
    private final ChangeLog changes;

    MoveHighlight(HighlightStore store, AuditLog audit, ChangeLog changes) {
        this.store = store;
        this.audit = audit;
        this.changes = changes;
    }

    /** Moves it up ({@code -1}) or down ({@code +1}). */
    @Transactional
    public void move(Actor actor, long id, int direction) {
        actor.require(Permission.HIGHLIGHTS_EDIT);
        Highlight pin = store.find(id).orElseThrow(() -> new HighlightException("id", "highlights.error.unknown"));
        List<Highlight> pins = new ArrayList<>(store.of(pin.place()));
        int from = pins.indexOf(pins.stream().filter(p -> p.id() == id).findFirst().orElseThrow());
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= pins.size()) {
            return;
        }
        pins.add(to, pins.remove(from));
        for (int i = 0; i < pins.size(); i++) {
            store.setPosition(pins.get(i).id(), i + 1);
        }
        audit.record(actor, "highlight.move", Highlights.ENTITY, id, direction < 0 ? "up" : "down");
        changes.record(Highlights.ENTITY, id, pin.language(), "moved");
    }
}
