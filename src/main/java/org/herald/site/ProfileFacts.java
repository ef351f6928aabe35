package org.herald.site;

import org.herald.web.PageContext;
import java.util.ArrayList;
import java.util.List;

import org.herald.organization.Fact;
import org.herald.organization.OrganizationProfile;
import org.springframework.stereotype.Component;

/** The organization's profile facts in words of the page's language. */
@Component
class ProfileFacts {

    private final OrganizationProfile profile;

    ProfileFacts(OrganizationProfile profile) {
        this.profile = profile;
    }

    /** The facts worth showing as key figures (the name and acronym are the site's header). */
    List<FactLine> lines(PageContext ctx) {
        List<FactLine> lines = new ArrayList<>();
        for (Fact fact : profile.current(ctx.language().code()).values()) {
            if (fact.key().equals("name") || fact.key().equals("acronym")) {
                continue;
            }
            Object value = fact.number() != null ? fact.number() : fact.text();
            String asOf = fact.asOf() == null ? null : ctx.t("profile.as-of", ctx.date(fact.asOf()));
            lines.add(new FactLine(fact.key(), ctx.t("profile." + fact.key().replace('_', '-'), value), asOf));
        }
        return lines;
    }
}
