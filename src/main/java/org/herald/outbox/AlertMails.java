package org.herald.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.i18n.Language;
import org.herald.i18n.Messages;
import org.herald.i18n.Translator;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The mail of alerts, in the subscriber's language, as text and as HTML with no remote images
 * or styles (it reads the same in every client). Every alert and digest carries one-click
 * unsubscribe (RFC 8058: {@code List-Unsubscribe} with an https link and
 * {@code List-Unsubscribe-Post}) and a link to preferences that needs no account.
 */
@Component
class AlertMails {

    private final Outbox outbox;
    private final AlertLinks links;
    private final Messages messages;
    private final AlertProperties properties;
    private final Clock clock;

    AlertMails(Outbox outbox, AlertLinks links, Messages messages, AlertProperties properties, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    void confirmation(AlertSubscriber subscriber) {
        Translator t = messages.in(Language.fromCode(subscriber.language()).orElse(Language.EN));
        String link = links.confirm(subscriber, Instant.now(clock).plus(properties.confirmFor()));
        long hours = properties.confirmFor().toHours();
        String text = t.t("alerts.mail.confirm.text", hours) + "\n\n" + link + "\n";
        String html = "<p>" + esc(t.t("alerts.mail.confirm.text", hours)) + "</p><p><a href=\"" + esc(link) + "\">"
                + esc(t.t("alerts.mail.confirm.button")) + "</a></p>";
        outbox.mail("alert-confirm-" + UUID.randomUUID(), new Mail(subscriber.email(), null,
                t.t("alerts.mail.confirm.subject"), text, page(subscriber, html), Map.of()));
    }

    void preferencesReminder(AlertSubscriber subscriber) {
        Translator t = messages.in(Language.fromCode(subscriber.language()).orElse(Language.EN));
        String link = links.preferences(subscriber);
        outbox.mail("alert-reminder-" + UUID.randomUUID(), new Mail(subscriber.email(), null,
                t.t("alerts.mail.reminder.subject"), t.t("alerts.mail.reminder.text") + "\n\n" + link + "\n",
                page(subscriber, "<p>" + esc(t.t("alerts.mail.reminder.text")) + "</p><p><a href=\"" + esc(link) + "\">"
                        + esc(t.t("alerts.preferences.title")) + "</a></p>"), Map.of()));
    }

    void alert(AlertSubscriber subscriber, long item, String title, String summary, String path) {
        Translator t = messages.in(Language.fromCode(subscriber.language()).orElse(Language.EN));
        String url = links.page(path);
        String text = title + "\n" + (summary == null ? "" : summary + "\n") + url + "\n" + footerText(t, subscriber);
        String html = "<h1>" + esc(title) + "</h1>" + (summary == null ? "" : "<p>" + esc(summary) + "</p>")
                + "<p><a href=\"" + esc(url) + "\">" + esc(t.t("alerts.mail.read")) + "</a></p>";
        outbox.mail("alert-" + subscriber.id() + "-" + item, new Mail(subscriber.email(), null,
                t.t("alerts.mail.alert.subject", title), text, page(subscriber, html + footerHtml(t, subscriber)),
                unsubscribeHeaders(subscriber)));
    }

    void digest(AlertSubscriber subscriber, List<AlertSubscribers.DigestItem> items) {
        Translator t = messages.in(Language.fromCode(subscriber.language()).orElse(Language.EN));
        StringBuilder text = new StringBuilder(t.t("alerts.mail.digest.intro", items.size())).append("\n\n");
        StringBuilder html = new StringBuilder("<h1>").append(esc(t.t("alerts.mail.digest.intro", items.size())))
                .append("</h1><ul>");
        for (AlertSubscribers.DigestItem item : items) {
            String url = links.page(item.path());
            text.append("- ").append(item.title()).append("\n  ").append(url).append("\n");
            html.append("<li><a href=\"").append(esc(url)).append("\">").append(esc(item.title())).append("</a>")
                    .append(item.summary() == null ? "" : "<br>" + esc(item.summary())).append("</li>");
        }
        html.append("</ul>");
        text.append(footerText(t, subscriber));
        long last = items.get(items.size() - 1).id();
        outbox.mail("digest-" + subscriber.id() + "-" + last, new Mail(subscriber.email(), null,
                t.t("alerts.mail.digest.subject", items.size()), text.toString(),
                page(subscriber, html + footerHtml(t, subscriber)), unsubscribeHeaders(subscriber)));
    }

    private Map<String, String> unsubscribeHeaders(AlertSubscriber subscriber) {
        return Map.of("List-Unsubscribe", "<" + links.unsubscribe(subscriber) + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private String footerText(Translator t, AlertSubscriber subscriber) {
        return "\n--\n" + t.t("alerts.mail.why") + "\n" + t.t("alerts.preferences.title") + ": "
                + links.preferences(subscriber) + "\n" + t.t("alerts.unsubscribe.title") + ": "
                + links.unsubscribe(subscriber) + "\n";
    }

    private String footerHtml(Translator t, AlertSubscriber subscriber) {
        return "<hr><p><small>" + esc(t.t("alerts.mail.why")) + " <a href=\"" + esc(links.preferences(subscriber))
                + "\">" + esc(t.t("alerts.preferences.title")) + "</a> · <a href=\""
                + esc(links.unsubscribe(subscriber)) + "\">" + esc(t.t("alerts.unsubscribe.title")) + "</a></small></p>";
    }

    /** A whole HTML document, in the subscriber's language and direction. */
    private static String page(AlertSubscriber subscriber, String body) {
        String dir = "ar".equals(subscriber.language()) ? "rtl" : "ltr";
        return "<!DOCTYPE html><html lang=\"" + subscriber.language() + "\" dir=\"" + dir
                + "\"><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
