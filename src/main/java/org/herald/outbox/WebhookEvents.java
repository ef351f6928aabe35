package org.herald.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.herald.content.ContentMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a publication or an unpublication into one webhook message per enabled endpoint that
 * chose its event, in the move's transaction (nothing is queued for a move that rolls back, and
 * nothing committed is lost). The payload is Standard Webhooks' shape: {@code type},
 * {@code timestamp} and {@code data}.
 */
@Component
class WebhookEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookEndpoints endpoints;
    private final Outbox outbox;

    WebhookEvents(WebhookEndpoints endpoints, Outbox outbox) {
        this.endpoints = endpoints;
        this.outbox = outbox;
    }

    @EventListener
    void on(ContentMoved moved) {
        Optional<WebhookEvent> event = eventOf(moved);
        if (event.isEmpty()) {
            return;
        }
        String payload = null;
        for (WebhookEndpoint endpoint : endpoints.enabled()) {
            if (endpoint.events().contains(event.get())) {
                payload = payload == null ? payload(event.get(), moved) : payload;
                outbox.webhook("msg_" + UUID.randomUUID().toString().replace("-", ""), endpoint.id(),
                        event.get().type(), payload);
            }
        }
    }

    /** The webhook event of a move: a translation's first publication, a first publication, an update, an unpublication. */
    static Optional<WebhookEvent> eventOf(ContentMoved moved) {
        if (!moved.published()) {
            return Optional.of(WebhookEvent.UNPUBLISHED);
        }
        if (!moved.firstPublication()) {
            return Optional.of(WebhookEvent.UPDATED);
        }
        return Optional.of(moved.translation() ? WebhookEvent.TRANSLATION_PUBLISHED : WebhookEvent.PUBLISHED);
    }

    private static String payload(WebhookEvent event, ContentMoved moved) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", moved.itemId());
        data.put("group", moved.group().toString());
        data.put("language", moved.language());
        data.put("type", moved.type().name().toLowerCase(java.util.Locale.ROOT));
        data.put("kind", moved.kind() == null ? null : moved.kind().slug());
        data.put("title", moved.title());
        data.put("summary", moved.summary());
        data.put("path", moved.path());
        data.put("countries", moved.countries());
        data.put("themes", moved.themes());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.type());
        body.put("timestamp", moved.at().toInstant().toString());
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }
}
