package org.herald.newsroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.content.ContentMoved;
import org.herald.content.ContentProperties;
import org.herald.content.ContentStatus;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.herald.content.Paths;
import org.herald.i18n.Messages;
import org.herald.i18n.Translator;
import org.herald.outbox.AlertProperties;
import org.herald.outbox.Mail;
import org.herald.outbox.MailOutcome;
import org.herald.outbox.Outbox;
import org.herald.web.DateTimes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends a press release to media lists, each journalist once, through the outbox, and keeps the
 * record per release and recipient. A published release goes at once; an unpublished one waits
 * for its publication (sent in the publishing transaction); a scheduled one may also go ahead as
 * an embargoed copy, "EMBARGOED until …", each recipient with their own preview link that ends at
 * the embargo. A suppressed address (it bounced) is skipped until a person clears it. The record
 * follows the mail server's answers: sent, deferred, bounced (which suppresses the address).
 */
@Component
class SendRelease {

    private final MediaLists lists;
    private final EditorialContent content;
    private final SharePreview share;
    private final Outbox outbox;
    private final Messages messages;
    private final AuditLog audit;
    private final AlertProperties site;
    private final ContentProperties contentProperties;
    private final Clock clock;

    SendRelease(MediaLists lists, EditorialContent content, SharePreview share, Outbox outbox, Messages messages,
                AuditLog audit, AlertProperties site, ContentProperties contentProperties, Clock clock) {
        this.lists = lists;
        this.content = content;
        this.share = share;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.site = site;
        this.contentProperties = contentProperties;
        this.clock = clock;
    }

    /**
     * Sends the release to the lists' journalists, or as an embargoed copy ({@code embargoed}).
     *
     * @return how many journalists it was sent or promised to
     * @throws MediaListException when no list is chosen, or an embargoed copy is asked for an
     *                            item that is not scheduled
     */
    @Transactional
    int send(Actor actor, long itemId, List<Long> listIds, boolean embargoed) {
        actor.require(Permission.MEDIA_LISTS_EDIT);
        if (listIds == null || listIds.isEmpty()) {
            throw new MediaListException("admin.media-lists.error.lists");
        }
        EditableItem item = content.get(itemId);
        if (embargoed && (item.status() != ContentStatus.SCHEDULED || item.publishAt() == null)) {
            throw new MediaListException("admin.media-lists.error.not-scheduled");
        }
        if (item.status() == ContentStatus.ARCHIVED) {
            throw new MediaListException("admin.media-lists.error.archived");
        }
        boolean now = item.status() == ContentStatus.PUBLISHED;
        OffsetDateTime at = OffsetDateTime.now(clock);
        int count = 0;
        for (Journalist journalist : lists.members(listIds)) {
            if (journalist.suppressed() || lists.alreadySent(itemId, journalist.id(), embargoed)) {
                continue;
            }
            String key = "release-" + itemId + "-" + journalist.id() + (embargoed ? "-embargoed" : "");
            if (embargoed) {
                SharePreview.NewLink link = share.share(actor, itemId, journalist.name() + ", " + journalist.outlet(),
                        item.publishAt().toInstant());
                mail(key, journalist, item, site.siteUrl() + link.path(), item.publishAt());
            } else if (now) {
                mail(key, journalist, item, publicUrl(item), null);
            }
            lists.insertSend(itemId, item.draft().title(), journalist.id(), embargoed, key,
                    embargoed || now ? "queued" : "waiting", at);
            count++;
        }
        audit.record(actor, embargoed ? "release.send-embargoed" : "release.send", "content_item", itemId,
                count + " journalists, lists " + listIds);
        return count;
    }

    /** The release is published: what waited for it goes now, in the publishing transaction. */
    @EventListener
    void on(ContentMoved moved) {
        if (!moved.published()) {
            return;
        }
        List<ReleaseSend> waiting = lists.waiting(moved.itemId());
        if (waiting.isEmpty()) {
            return;
        }
        EditableItem item = content.get(moved.itemId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ReleaseSend send : waiting) {
            Journalist journalist = lists.journalist(send.journalistId()).orElseThrow();
            String key = "release-" + send.itemId() + "-" + send.journalistId();
            if (journalist.suppressed()) {
                lists.updateSend(key, "bounced", journalist.suppressedReason(), now);
                continue;
            }
            mail(key, journalist, item, site.siteUrl() + moved.path(), null);
            lists.updateSend(key, "queued", null, now);
        }
    }

    /** The mail server's answer to a release's mail: the record follows, and a bounce suppresses the address. */
    @EventListener
    void on(MailOutcome outcome) {
        if (!outcome.key().startsWith("release-")) {
            return;
        }
        lists.updateSend(outcome.key(), outcome.state(), outcome.detail(), outcome.at());
        if (outcome.bounced()) {
            String address = outcome.to().replaceAll(".*<([^>]+)>.*", "$1");
            lists.suppress(address, outcome.detail(), outcome.at());
        }
    }

    private void mail(String key, Journalist journalist, EditableItem item, String link, OffsetDateTime embargo) {
        Translator t = messages.in(item.draft().language());
        String title = item.draft().title();
        String until = embargo == null ? null : DateTimes.format(embargo, contentProperties.timeZone(),
                item.draft().language().locale()) + " (" + DateTimes.format(embargo, ZoneOffset.UTC,
                item.draft().language().locale()) + ")";
        String subject = embargo == null ? title : t.t("embargo.mail.subject", until, title);
        String summary = item.draft().summary() == null ? "" : item.draft().summary();
        String banner = embargo == null ? "" : t.t("embargo.embargoed-until", until);
        String text = (banner.isEmpty() ? "" : banner + "\n\n") + title + "\n\n" + summary + "\n\n" + link + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + item.draft().language().code() + "\" dir=\""
                + item.draft().language().direction() + "\"><head><meta charset=\"utf-8\"></head><body>"
                + (banner.isEmpty() ? "" : "<p><strong>" + esc(banner) + "</strong></p>") + "<h1>" + esc(title) + "</h1>"
                + "<p>" + esc(summary) + "</p><p><a href=\"" + esc(link) + "\">" + esc(t.t("embargo.mail.read"))
                + "</a></p></body></html>";
        outbox.mail(key, new Mail(journalist.email(), journalist.name(), subject, text, html, Map.of()));
    }

    private String publicUrl(EditableItem item) {
        return site.siteUrl() + Paths.of(item.draft().type(), item.draft().language(), item.draft().slug());
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
