package org.herald.content.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.herald.accounts.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who has an item open in the editor ({@code editing_presence}). Opening the edit screen marks
 * the user present; while it stays open a small script renews the mark every 20 seconds. Marks
 * older than a minute no longer count. Kept in the database, so users on different nodes see
 * each other.
 */
@Component
class EditingPresence {

    static final Duration FRESH = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final Clock clock;

    EditingPresence(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Marks the actor present on the item (users only; Herald's own tasks never edit). */
    void here(Actor actor, long itemId) {
        if (actor.userId() == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("UPDATE editing_presence SET seen_at = :now, user_name = :name"
                        + " WHERE item_id = :item AND user_id = :user")
                .param("now", now).param("name", actor.name()).param("item", itemId).param("user", actor.userId())
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO editing_presence (item_id, user_id, user_name, seen_at)"
                                + " VALUES (:item, :user, :name, :now)")
                        .param("item", itemId).param("user", actor.userId()).param("name", actor.name())
                        .param("now", now).update();
            } catch (DuplicateKeyException sameUserOtherTab) {
                // another request of the same user got there first: the mark is fresh either way
            }
        }
    }

    /** The others who have the item open, by name. */
    List<Presence> others(Actor actor, long itemId) {
        return jdbc.sql("""
                SELECT user_name, seen_at FROM editing_presence
                WHERE item_id = :item AND user_id <> :user AND seen_at > :since ORDER BY user_name
                """)
                .param("item", itemId).param("user", actor.userId() == null ? -1 : actor.userId())
                .param("since", OffsetDateTime.now(clock).minus(FRESH))
                .query((rs, n) -> new Presence(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .list();
    }

    /** Leaving the page is not reported reliably; stale marks are simply cleared now and then. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetStale() {
        jdbc.sql("DELETE FROM editing_presence WHERE seen_at < :before")
                .param("before", OffsetDateTime.now(clock).minus(FRESH.multipliedBy(10))).update();
    }
}
