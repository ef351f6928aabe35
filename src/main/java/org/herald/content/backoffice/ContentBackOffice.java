package org.herald.content.backoffice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.herald.accounts.Permission;
import org.herald.content.ContentStatus;
import org.herald.content.EditorialContent;
import org.herald.content.TranslationLine;
import org.herald.i18n.SiteLanguages;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.herald.web.Waiting;
import org.springframework.stereotype.Component;

/**
 * Content's part of the back office: the content list, new articles and pages, the translators'
 * list; and on the dashboard the items waiting for review, those scheduled to go out today (in
 * the reader's zone) and the translations that no longer follow their source.
 */
@Component
class ContentBackOffice implements BackOfficeSection {

    private final EditorialContent content;
    private final SiteLanguages languages;

    ContentBackOffice(EditorialContent content, SiteLanguages languages) {
        this.content = content;
        this.languages = languages;
    }

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        List<BackOfficeLink> links = new ArrayList<>(List.of(new BackOfficeLink(10, "admin.content", "/admin")));
        if (reader.can(Permission.CONTENT_EDIT.name())) {
            links.add(new BackOfficeLink(11, "admin.new-article", "/admin/content/new?type=article"));
            links.add(new BackOfficeLink(12, "admin.new-page", "/admin/content/new?type=page"));
        }
        if (reader.can(Permission.TRANSLATE.name())) {
            links.add(new BackOfficeLink(90, "admin.translations", "/admin/translations"));
        }
        return links;
    }

    @Override
    public List<Waiting> waiting(BackOfficeReader reader) {
        List<Waiting> waiting = new ArrayList<>();
        if (reader.can(Permission.CONTENT_REVIEW.name())) {
            waiting.add(new Waiting("dashboard.waiting.review", content.list(null, ContentStatus.IN_REVIEW).size(),
                    "/admin?status=in-review"));
        }
        if (reader.can(Permission.CONTENT_PUBLISH.name())) {
            LocalDate today = LocalDate.now(reader.zone());
            long due = content.list(null, ContentStatus.SCHEDULED).stream()
                    .filter(item -> item.publishAt() != null
                            && item.publishAt().atZoneSameInstant(reader.zone()).toLocalDate().equals(today))
                    .count();
            waiting.add(new Waiting("dashboard.waiting.scheduled-today", due, "/admin?status=scheduled"));
        }
        if (reader.can(Permission.TRANSLATE.name())) {
            long outdated = languages.enabled().stream().filter(language -> language != languages.defaultLanguage())
                    .flatMap(language -> content.toTranslate(language).stream()).filter(TranslationLine::outdated)
                    .count();
            waiting.add(new Waiting("dashboard.waiting.outdated", outdated, "/admin/translations"));
        }
        return waiting;
    }
}
