package org.herald.careers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.herald.changes.Dependencies;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.i18n.Language;
import org.springframework.stereotype.Service;

/**
 * Vacancies as the public sees them, for every public path (the list, the feed, the API, a
 * country's page, a vacancy's page). Open means opened and not yet closed by this node's clock,
 * now; each read declares the next instant at which a vacancy opens or closes, so a cached answer
 * is kept no longer than that on any node, and the change log evicts it when a vacancy changes.
 */
@Service
public class Vacancies {

    private final VacancyRows rows;
    private final PublishedContent content;
    private final Clock clock;

    Vacancies(VacancyRows rows, PublishedContent content, Clock clock) {
        this.rows = rows;
        this.content = content;
        this.clock = clock;
    }

    /** The vacancies open now that the filter accepts, closing first first. */
    public List<VacancyListing> open(Language language, VacancyFilter filter) {
        Instant now = clock.instant();
        Dependencies.onAny("content_item");
        rows.nextChangeAfter(now).ifPresent(Dependencies::until);
        List<VacancyTerms> open = rows.openAt(now).stream().filter(filter::accepts).toList();
        Map<UUID, List<PublishedSummary>> versions = content.versionsOf(open.stream().map(VacancyTerms::group).toList());
        List<VacancyListing> listings = new ArrayList<>();
        for (VacancyTerms terms : open) {
            List<PublishedSummary> published = versions.getOrDefault(terms.group(), List.of());
            published.stream().filter(version -> version.language() == language).findFirst()
                    .or(() -> published.stream().findFirst())
                    .ifPresent(version -> listings.add(new VacancyListing(version, terms)));
        }
        return listings;
    }

    /** The vacancies open now that the filter accepts, as pages show them in the language. */
    public List<VacancyView> shown(Language language, VacancyFilter filter) {
        Instant now = clock.instant();
        return open(language, filter).stream().map(listing -> VacancyView.of(listing.item(), listing.terms(), language,
                now)).toList();
    }

    /** The public terms of a published vacancy, open or not; its page is kept until it next opens or closes. */
    public Optional<VacancyTerms> terms(UUID group) {
        Dependencies.onGroup(group);
        Optional<VacancyTerms> terms = rows.of(group);
        Instant now = clock.instant();
        terms.filter(found -> now.isBefore(found.closes()))
                .ifPresent(found -> Dependencies.until(now.isBefore(found.opens()) ? found.opens() : found.closes()));
        return terms;
    }

    /**
     * Every published vacancy's closing instant, by translation group: the search index keeps it
     * with the vacancy, so that a search leaves out what has closed.
     */
    public Map<UUID, Instant> closingTimes() {
        return rows.closingTimes();
    }

    /** A published vacancy's closing instant; empty for any other translation group. */
    public Optional<Instant> closingOf(UUID group) {
        return rows.of(group).map(VacancyTerms::closes);
    }

    /**
     * For a search: declares the next instant a vacancy opens or closes, so that a cached result is
     * kept no longer than that.
     */
    public void declareNextChange() {
        rows.nextChangeAfter(clock.instant()).ifPresent(Dependencies::until);
    }

    /** The current instant, by which a page tells open from closed. */
    public Instant now() {
        return clock.instant();
    }
}
