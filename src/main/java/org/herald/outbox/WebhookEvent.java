package org.herald.outbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an endpoint may subscribe to; the name is the payload's {@code type}. */
public enum WebhookEvent {
    PUBLISHED("content.published"),
    UPDATED("content.updated"),
    UNPUBLISHED("content.unpublished"),
    TRANSLATION_PUBLISHED("content.translation_published");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** The message key of the event's name ("admin.webhooks.event.translation-published"). */
    public String messageKey() {
        return "admin.webhooks.event." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<WebhookEvent> of(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
