package org.herald.content.backoffice;

import java.time.OffsetDateTime;

/** Someone else who has an item open in the editor, and when they were last seen there. */
public record Presence(String name, OffsetDateTime seenAt) {
}
