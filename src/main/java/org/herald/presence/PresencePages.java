package org.herald.presence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.herald.i18n.Language;
import org.herald.web.SitePages;
import org.springframework.stereotype.Component;

/**
 * For the sitemap: every region's page, and the page of every country of which a presence or a
 * membership is recorded (a country page with nothing on it is not worth a crawler's visit).
 */
@Component
class PresencePages implements SitePages {

    private final WhereWeWork where;

    PresencePages(WhereWeWork where) {
        this.where = where;
    }

    @Override
    public List<String> paths(Language language) {
        List<String> paths = new ArrayList<>();
        where.regions().forEach(region -> paths.add("/regions/" + region.code()));
        where.recorded().values().stream()
                .filter(country -> country.presence().present() || country.membership() != Membership.NONE)
                .forEach(country -> paths.add("/countries/" + country.countryCode().toLowerCase(Locale.ROOT)));
        return paths;
    }
}
