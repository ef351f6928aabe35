package org.herald.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registers a webhook endpoint with a new secret, after checking its URL (see {@link WebhookUrls}). */
@Component
class RegisterWebhook {

    private final WebhookEndpoints endpoints;
    private final WebhookUrls urls;
    private final AuditLog audit;
    private final Clock clock;

    RegisterWebhook(WebhookEndpoints endpoints, WebhookUrls urls, AuditLog audit, Clock clock) {
        this.endpoints = endpoints;
        this.urls = urls;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @return the new endpoint's id
     * @throws WebhookException when the URL is refused or no event is chosen
     */
    @Transactional
    long register(Actor actor, String url, Set<WebhookEvent> events) {
        actor.require(Permission.WEBHOOKS_MANAGE);
        if (url != null && url.length() > 2000) {
            throw new WebhookException("admin.webhooks.error.url");
        }
        String checked = urls.check(url).toString();
        if (events.isEmpty()) {
            throw new WebhookException("admin.webhooks.error.events");
        }
        long id = endpoints.insert(checked, events, WebhookSigner.newSecret(), OffsetDateTime.now(clock), actor.name());
        audit.record(actor, "webhook.register", "webhook_endpoint", id, checked);
        return id;
    }
}
