package org.herald.site;

import java.time.ZoneId;
import java.util.List;

import org.herald.cache.NodeMemos;
import org.herald.content.ContentProperties;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.i18n.Language;
import org.herald.organization.OrganizationProfile;
import org.herald.people.ContactView;
import org.herald.people.Directory;
import org.herald.web.MenuLink;
import org.herald.web.SiteFooter;
import org.herald.web.SiteFrame;
import org.springframework.stereotype.Component;

/**
 * The site's name (from the organization's profile), its menu, its footer and its zone, for
 * every page's frame; the name, menu and footer of each language kept by the node until the
 * change log names something they read. The legal pages are ordinary pages found by their slug,
 * so an organization replaces the demo's text by editing them, and its own page of that name is linked.
 */
@Component
class SiteFrameSource implements SiteFrame {

    /** The slugs of the legal pages the footer links, in order: privacy, terms, accessibility statement. */
    static final List<String> LEGAL = List.of("privacy", "terms", "accessibility");

    private final Menu menu;
    private final OrganizationProfile profile;
    private final ZoneId zone;
    private final PublishedContent content;
    private final Directory directory;
    private final SiteLogo logo;
    private final NodeMemos memos;

    SiteFrameSource(Menu menu, OrganizationProfile profile, ContentProperties properties, PublishedContent content,
                    Directory directory, SiteLogo logo, NodeMemos memos) {
        this.memos = memos;
        this.logo = logo;
        this.menu = menu;
        this.profile = profile;
        this.zone = properties.timeZone();
        this.content = content;
        this.directory = directory;
    }

    @Override
    public SiteFooter footer(Language language) {
        return memos.get("frame:footer:" + language.code(), () -> readFooter(language));
    }

    private SiteFooter readFooter(Language language) {
        List<MenuLink> legal = new java.util.ArrayList<>();
        java.util.Map<String, List<PublishedSummary>> pages = content.pagesNamed(LEGAL);
        for (String slug : LEGAL) {
            List<PublishedSummary> versions = pages.getOrDefault(slug, List.of());
            versions.stream().filter(page -> page.language() == language).findFirst()
                    .or(() -> versions.stream().filter(page -> page.slug().equals(slug)).findFirst())
                    .ifPresent(page -> legal.add(new MenuLink(page.title(), page.pathIn(language))));
        }
        SiteFooter.Contact contact = directory.mediaContacts().stream().findFirst().map(SiteFrameSource::contact)
                .orElse(null);
        return new SiteFooter(List.copyOf(legal), contact, logo.href());
    }

    private static SiteFooter.Contact contact(ContactView person) {
        ContactView.Phone phone = person.phones().stream().findFirst().orElse(null);
        return new SiteFooter.Contact(person.name(), person.office() == null ? null : person.office().name(),
                phone == null ? null : phone.display(), phone == null ? null : phone.uri(),
                person.emails().stream().findFirst().orElse(null));
    }

    @Override
    public String siteName(Language language) {
        return memos.get("frame:name:" + language.code(), () -> profile.name(language.code()).orElse("Herald"));
    }

    @Override
    public List<MenuLink> menu(Language language) {
        return memos.get("frame:menu:" + language.code(), () -> List.copyOf(menu.links(language)));
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
