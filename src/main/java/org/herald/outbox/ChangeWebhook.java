package org.herald.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two changes to a registered endpoint: a new secret (the old one still signs, beside it,
 * for {@link WebhookProperties#rotationGrace}, so receivers can switch without losing a message),
 * and enabling a disabled endpoint, which sends what waited for it.
 */
@Component
class ChangeWebhook {

    private final WebhookEndpoints endpoints;
    private final OutboxMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final WebhookProperties properties;

    ChangeWebhook(WebhookEndpoints endpoints, OutboxMessages messages, AuditLog audit, Clock clock,
                  WebhookProperties properties) {
        this.endpoints = endpoints;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    void rotate(Actor actor, long id) {
        actor.require(Permission.WEBHOOKS_MANAGE);
        WebhookEndpoint endpoint = endpoints.byId(id).orElseThrow(() -> new WebhookException("admin.webhooks.error.unknown"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        endpoints.rotate(id, WebhookSigner.newSecret(), endpoint.secret(), now.plus(properties.rotationGrace()));
        audit.record(actor, "webhook.rotate", "webhook_endpoint", id, endpoint.url());
    }

    @Transactional
    void enable(Actor actor, long id) {
        actor.require(Permission.WEBHOOKS_MANAGE);
        WebhookEndpoint endpoint = endpoints.byId(id).orElseThrow(() -> new WebhookException("admin.webhooks.error.unknown"));
        endpoints.enable(id);
        messages.resume(Outbox.WEBHOOK, String.valueOf(id), OffsetDateTime.now(clock));
        audit.record(actor, "webhook.enable", "webhook_endpoint", id, endpoint.url());
    }
}
