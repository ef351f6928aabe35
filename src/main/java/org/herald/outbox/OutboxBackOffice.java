package org.herald.outbox;

import java.util.ArrayList;
import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.herald.web.Waiting;
import org.springframework.stereotype.Component;

/** The webhooks and mailbox screens in the navigation, and disabled endpoints on the dashboard. */
@Component
class OutboxBackOffice implements BackOfficeSection {

    private final WebhookEndpoints endpoints;

    OutboxBackOffice(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        List<BackOfficeLink> links = new ArrayList<>();
        if (reader.can(Permission.WEBHOOKS_MANAGE.name())) {
            links.add(new BackOfficeLink(66, "admin.webhooks", WebhooksAdminController.PAGE));
        }
        if (reader.can(Permission.OUTBOX_READ.name())) {
            links.add(new BackOfficeLink(67, "admin.mailbox", MailboxAdminController.PAGE));
        }
        return links;
    }

    @Override
    public List<Waiting> waiting(BackOfficeReader reader) {
        if (!reader.can(Permission.WEBHOOKS_MANAGE.name())) {
            return List.of();
        }
        long disabled = endpoints.countDisabled();
        return disabled == 0 ? List.of() : List.of(new Waiting("admin.webhooks.waiting.disabled", disabled,
                WebhooksAdminController.PAGE));
    }
}
