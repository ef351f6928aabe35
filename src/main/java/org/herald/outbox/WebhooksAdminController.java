package org.herald.outbox;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.web.BackOfficeScreen;
import org.herald.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Webhook endpoints: the list with a form to register one, and each endpoint's page with its
 * secret, its rotation, its enabling and its delivery log (every attempt's status and time).
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.WEBHOOKS_MANAGE)
class WebhooksAdminController {

    static final String PAGE = "/admin/webhooks";
    private static final int LOG_SIZE = 50;

    private final WebhookEndpoints endpoints;
    private final RegisterWebhook register;
    private final ChangeWebhook change;
    private final OutboxMessages messages;
    private final CurrentActor actors;

    WebhooksAdminController(WebhookEndpoints endpoints, RegisterWebhook register, ChangeWebhook change,
                            OutboxMessages messages, CurrentActor actors) {
        this.endpoints = endpoints;
        this.register = register;
        this.change = change;
        this.messages = messages;
        this.actors = actors;
    }

    @GetMapping(PAGE)
    String list(Model model) {
        return page(model, null, null);
    }

    @PostMapping(PAGE)
    String register(@RequestParam(required = false) String url, @RequestParam(required = false) List<String> events,
                    Model model, HttpServletRequest request, HttpServletResponse response) {
        Set<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
        if (events != null) {
            events.forEach(type -> WebhookEvent.of(type).ifPresent(chosen::add));
        }
        try {
            long id = register.register(actors.of(request), url, chosen);
            return "redirect:" + PAGE + "/" + id;
        } catch (WebhookException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, refused.messageKey(), url);
        }
    }

    @GetMapping(PAGE + "/{endpointId}")
    String endpoint(@PathVariable long endpointId, Model model) {
        WebhookEndpoint endpoint = endpoints.byId(endpointId).orElseThrow(NotFoundException::new);
        List<OutboxMessage> sent = messages.latestTo(Outbox.WEBHOOK, String.valueOf(endpointId), LOG_SIZE);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("messages", sent);
        model.addAttribute("attempts", messages.attempts(sent.stream().map(OutboxMessage::id).toList()));
        return "outbox/webhook";
    }

    @PostMapping(PAGE + "/{endpointId}/rotate")
    String rotate(@PathVariable long endpointId, HttpServletRequest request) {
        try {
            change.rotate(actors.of(request), endpointId);
        } catch (WebhookException unknown) {
            throw new NotFoundException();
        }
        return "redirect:" + PAGE + "/" + endpointId + "?rotated";
    }

    @PostMapping(PAGE + "/{endpointId}/enable")
    String enable(@PathVariable long endpointId, HttpServletRequest request) {
        try {
            change.enable(actors.of(request), endpointId);
        } catch (WebhookException unknown) {
            throw new NotFoundException();
        }
        return "redirect:" + PAGE + "/" + endpointId + "?enabled";
    }

    private String page(Model model, String problem, String url) {
        model.addAttribute("endpoints", endpoints.all());
        model.addAttribute("events", List.of(WebhookEvent.values()));
        model.addAttribute("problem", problem);
        model.addAttribute("url", url);
        return "outbox/webhooks";
    }
}
