package org.herald.search;

import org.herald.careers.Vacancies;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.herald.content.PublishedContent;
import org.herald.content.PublishedView;
import org.herald.goals.Goals;
import org.herald.i18n.Language;
import org.herald.partners.Partner;
import org.herald.partners.Partners;
import org.herald.people.ContactView;
import org.herald.people.Directory;
import org.herald.places.Countries;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * What the index holds, read from the features that own it through their public services:
 * published content from the public read model (so nothing unpublished or embargoed can ever be
 * found), countries and contacts from their directories.
 */
@Component
class SearchSources {

    private final PublishedContent content;
    private final Countries countries;
    private final Directory directory;
    private final Goals goals;
    private final Partners partners;
    private final Vacancies vacancies;

    SearchSources(PublishedContent content, Countries countries, Directory directory, Goals goals, Partners partners,
                  Vacancies vacancies) {
        this.vacancies = vacancies;
        this.partners = partners;
        this.goals = goals;
        this.content = content;
        this.countries = countries;
        this.directory = directory;
    }

    /** Everything there is to index. */
    void forEach(Consumer<SearchDocument> action) {
        Map<Long, List<String>> themes = content.themesOfAll();
        Map<java.util.UUID, List<Integer>> goalsOfGroups = goals.publicGoalsOfAll();
        Map<java.util.UUID, java.time.Instant> closing = vacancies.closingTimes();
        content.forEachPublished(view -> action.accept(item(view, themes.getOrDefault(view.itemId(), List.of()),
                goalsOfGroups.getOrDefault(view.translationGroup(), List.of()), closing.get(view.translationGroup()))));
        for (var country : countries.all(Language.EN)) {
            action.accept(country(country.code()));
        }
        directory.all().forEach(contact -> action.accept(contact(contact)));
        partners.all().forEach(partner -> action.accept(partner(partner)));
    }

    /** A partner as the index should hold it now: empty when it no longer exists. */
    Optional<SearchDocument> partner(long partnerId) {
        return partners.all().stream().filter(partner -> partner.id() == partnerId).findFirst().map(this::partner);
    }

    /** A content item as the index should hold it now: empty when it is not published. */
    Optional<SearchDocument> item(long itemId) {
        return content.byId(itemId).map(view -> item(view, content.themes(itemId),
                goals.publicGoalsOf(view.translationGroup()),
                vacancies.closingOf(view.translationGroup()).orElse(null)));
    }

    /** A contact as the index should hold it now: empty when it no longer exists. */
    Optional<SearchDocument> contact(long contactId) {
        return directory.get(List.of(contactId)).stream().findFirst().map(this::contact);
    }

    static String itemKey(long itemId) {
        return String.valueOf(itemId);
    }

    private static SearchDocument item(PublishedView view, List<String> themes, List<Integer> goals,
                                       java.time.Instant closes) {
        DocumentType type = view.type() == org.herald.content.ContentType.ARTICLE ? DocumentType.ARTICLE
                : DocumentType.PAGE;
        String kind = view.kind() != null ? view.kind().slug() : type.code();
        String text = Jsoup.parse(view.bodyHtml() == null ? "" : view.bodyHtml()).text();
        String body = view.summary() == null || view.summary().isBlank() ? text : view.summary() + "\n" + text;
        return new SearchDocument(type, itemKey(view.itemId()), kind, view.language(),
                Map.of(view.language(), view.title()), body, view.path(), view.releaseDate(), view.countries(),
                themes, goals, closes);
    }

    private SearchDocument country(String code) {
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            names.put(language, countries.name(code, language));
        }
        return new SearchDocument(DocumentType.COUNTRY, code, DocumentType.COUNTRY.code(), null, names, null,
                "/{lang}/countries/" + code.toLowerCase(java.util.Locale.ROOT), null, List.of(code), List.of());
    }

    /** A partner, found by any of its names and aliases, titled in each language by its name in it. */
    private SearchDocument partner(Partner partner) {
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            names.put(language, partner.name(language));
        }
        List<String> words = new ArrayList<>();
        words.add(partner.acronym());
        partner.names().forEach(name -> words.add(name.name()));
        List<String> places = new ArrayList<>(partner.members());
        if (partner.countryCode() != null && !places.contains(partner.countryCode())) {
            places.add(partner.countryCode());
        }
        return new SearchDocument(DocumentType.PARTNER, String.valueOf(partner.id()), DocumentType.PARTNER.code(), null,
                names, String.join("\n", words), "/{lang}" + Partner.SECTION + "/" + partner.code(), null, places,
                List.of());
    }

    private SearchDocument contact(ContactView contact) {
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            names.put(language, contact.name());
        }
        List<String> words = new ArrayList<>();
        if (contact.jobTitle() != null) {
            words.add(contact.jobTitle());
        }
        String country = null;
        if (contact.office() != null) {
            words.add(contact.office().name());
            if (contact.office().city() != null) {
                words.add(contact.office().city());
            }
            country = contact.office().countryCode();
        }
        words.addAll(contact.emails());
        String url = country == null ? "/{lang}/press-room"
                : "/{lang}/countries/" + country.trim().toLowerCase(java.util.Locale.ROOT);
        return new SearchDocument(DocumentType.CONTACT, String.valueOf(contact.id()), DocumentType.CONTACT.code(), null,
                names, String.join("\n", words), url, null, country == null ? List.of() : List.of(country.trim()),
                List.of());
    }
}
