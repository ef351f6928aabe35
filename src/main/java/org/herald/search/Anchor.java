package org.herald.search;

import java.util.Optional;

import org.herald.changes.ChangeLog;

/**
 * The newest change-log entry a generation of the index has read, by its number and its content.
 * The database the index follows still holds that entry, unchanged, unless it is another
 * database or an older state of it restored from a backup: then the index holds changes the
 * database does not, and the numbers after the restored end are given again to other changes,
 * which the index would take as already applied. Checking the anchor catches both.
 *
 * @param seq  the entry's sequence number
 * @param mark what the entry says and when it was written, which two different entries with the
 *             same number do not share
 */
record Anchor(long seq, String mark) {

    static Anchor of(ChangeLog.Change change) {
        return new Anchor(change.seq(), change.entity() + "/" + change.entityId() + "/" + change.language() + "/"
                + change.action() + "/" + change.changedAt().toInstant());
    }

    /** The form kept in an index commit's data. */
    String encode() {
        return seq + " " + mark;
    }

    /** The anchor a commit's data holds; empty for a commit written before anchors were kept. */
    static Optional<Anchor> decode(String encoded) {
        int space = encoded == null ? -1 : encoded.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Anchor(Long.parseLong(encoded.substring(0, space)), encoded.substring(space + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the log still holds this very entry. */
    boolean heldBy(ChangeLog log) {
        return log.at(seq).map(Anchor::of).filter(this::equals).isPresent();
    }
}
