package org.herald.newsroom;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A journalist on the press room's media lists.
 *
 * @param languages    language codes they read
 * @param countries    ISO codes of the countries they cover, lower case
 * @param suppressedAt when their address bounced; nothing is sent to it until a person clears it
 */
public record Journalist(long id, String name, String email, String outlet, String beat, List<String> languages,
                         List<String> countries, OffsetDateTime suppressedAt, String suppressedReason,
                         List<String> lists) {

    public boolean suppressed() {
        return suppressedAt != null;
    }
}
