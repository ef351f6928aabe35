package org.herald.content;

import org.herald.accounts.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings back an old revision by saving it again as a new one: nothing in between is lost, and
 * the restore is a save like any other (it needs the version the user saw, and may be refused
 * as stale). Countries and contacts that no longer exist make it fail like any invalid save.
 */
@Component
public class RestoreRevision {

    private final Revisions revisions;
    private final SaveContent save;

    RestoreRevision(Revisions revisions, SaveContent save) {
        this.revisions = revisions;
        this.save = save;
    }

    @Transactional
    public void restore(Actor actor, long id, int expectedVersion, int number) {
        RevisionSnapshot snapshot = revisions.snapshot(id, number)
                .orElseThrow(() -> new ContentNotFoundException(id));
        save.update(actor, id, expectedVersion, snapshot.draft(), "restored from revision " + number,
                snapshot.groupFields());
    }
}
