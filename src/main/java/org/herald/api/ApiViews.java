package org.herald.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.herald.content.ArticleKind;
import org.herald.content.PublishedSummary;
import org.herald.i18n.Language;
import org.herald.people.ContactView;
import org.herald.places.CountryName;
import org.herald.presence.CountryPresence;

/**
 * What the API answers, one record per shape: the OpenAPI document's schemas are made from
 * these. Dates are ISO 8601; a date Herald does not know is {@code null}, with the reason in
 * the field beside it, never an invented one. Phone numbers are E.164.
 */
final class ApiViews {

    /** Why an article's {@code releaseDate} is null. */
    static final String DATE_UNKNOWN = "unknown";

    private ApiViews() {
    }

    @Schema(description = "An article as lists show it.")
    public record ArticleSummary(
            long id,
            @Schema(description = "Language code of this version", example = "en") String language,
            String slug,
            @Schema(types = {"string", "null"}, description = "press-release, news, story or briefing-note")
            String kind,
            String title,
            @Schema(types = {"string", "null"}) String summary,
            @Schema(types = {"string", "null"}, format = "date", description = "ISO 8601 date; null when unknown")
            LocalDate releaseDate,
            @Schema(types = {"string", "null"}, description = "Why releaseDate is null: 'unknown' (neither the "
                    + "source nor the editors gave a date; Herald never invents one). Null when there is a date.")
            String releaseDateReason,
            @Schema(types = {"string", "null"}, description = "City of the dateline") String datelineCity,
            @Schema(types = {"string", "null"}, description = "ISO 3166-1 code of the dateline's country")
            String datelineCountry,
            boolean featured,
            @Schema(description = "Address of its page on the site") String path,
            @Schema(description = "Address of its whole text in this API") String apiPath) {

        static ArticleSummary of(PublishedSummary item) {
            return new ArticleSummary(item.itemId(), item.language().code(), item.slug(), ApiViews.kind(item.kind()),
                    item.title(), item.summary(), item.releaseDate(), ApiViews.reason(item.releaseDate()), item.datelineCity(),
                    item.datelineCountry(), item.featured(), item.path(),
                    "/api/v1/articles/" + item.language().code() + "/" + item.slug());
        }
    }

    @Schema(description = "A page of articles, newest first; articles of unknown date come last.")
    public record ArticleList(
            List<ArticleSummary> items,
            @Schema(description = "Items per page") int limit,
            @Schema(types = {"string", "null"}, description = "Opaque cursor of the next page; null on the last")
            String next,
            @Schema(types = {"string", "null"}, description = "Address of the next page; null on the last")
            String nextPath) {
    }

    @Schema(description = "An article with its whole text.")
    public record Article(
            long id,
            String language,
            String slug,
            @Schema(types = {"string", "null"}) String kind,
            String title,
            @Schema(types = {"string", "null"}) String summary,
            @Schema(description = "The body, as sanitized HTML") String bodyHtml,
            @Schema(types = {"string", "null"}, format = "date") LocalDate releaseDate,
            @Schema(types = {"string", "null"}, description = "Why releaseDate is null ('unknown'); null when "
                    + "there is a date") String releaseDateReason,
            @Schema(types = {"string", "null"}) String datelineCity,
            @Schema(types = {"string", "null"}) String datelineCountry,
            boolean featured,
            @Schema(description = "Whether this is the original, not a translation") boolean original,
            @Schema(format = "date-time") OffsetDateTime firstPublishedAt,
            @Schema(format = "date-time") OffsetDateTime lastPublishedAt,
            @Schema(description = "ISO 3166-1 codes of the countries it is about") List<String> countries,
            @Schema(description = "Codes of its themes") List<String> themes,
            @Schema(description = "Its media contacts") List<Contact> contacts,
            @Schema(description = "Every published language version, this one included") List<Translation> translations,
            String path) {
    }

    @Schema(description = "A published language version of an item.")
    public record Translation(String language, String title, String path, String apiPath) {
    }

    @Schema(description = "A page of the site with its text.")
    public record Page(
            long id,
            String language,
            String slug,
            String title,
            @Schema(types = {"string", "null"}) String summary,
            @Schema(description = "The body, as sanitized HTML") String bodyHtml,
            @Schema(description = "How the site lays it out: STANDARD, PROFILE, COUNTRIES, NEWS...") String layout,
            @Schema(format = "date-time") OffsetDateTime firstPublishedAt,
            @Schema(format = "date-time") OffsetDateTime lastPublishedAt,
            @Schema(description = "Its published child pages, by title") List<Translation> children,
            List<Translation> translations,
            String path) {
    }

    @Schema(description = "A country (ISO 3166-1) with its name in the language asked for.")
    public record Country(
            @Schema(example = "BY") String code,
            String name,
            @Schema(description = "Whether the organization has an office there, or news about it") boolean present,
            @Schema(description = "The organization's presence: country_office, sub_office, project or none")
            String presence,
            @Schema(types = {"string", "null"}, format = "date", description = "When the presence began; null when "
                    + "unknown or none") LocalDate presenceSince,
            @Schema(description = "Its membership: member_state, observer or none") String membership,
            @Schema(types = {"string", "null"}, format = "date", description = "When the membership began; null "
                    + "when unknown or none") LocalDate membershipSince,
            @Schema(types = {"string", "null"}, description = "Code of the organization's region it is in")
            String region,
            String path,
            String apiPath) {

        /** A country as the API lists it, with what is recorded of the organization's presence there. */
        static Country of(CountryName country, boolean present, CountryPresence presence, Language language) {
            return new Country(country.code(), country.name(), present, presence.presence().code(),
                    presence.presenceSince(), presence.membership().code(), presence.membershipSince(),
                    presence.regionCode(), "/" + language.code() + "/countries/" + country.slug(),
                    "/api/v1/countries/" + country.slug() + "?lang=" + language.code());
        }
    }

    @Schema(description = "One of the organization's regions, with its regional office and its countries.")
    public record Region(
            @Schema(example = "eastern-europe-central-asia") String code,
            @Schema(description = "Its name in the language, else in English") String name,
            @Schema(types = {"string", "null"}, description = "Its regional office's name; null when none is listed")
            String office,
            @Schema(types = {"string", "null"}) String officeCity,
            @Schema(types = {"string", "null"}, description = "ISO 3166-1 code") String officeCountry,
            @Schema(description = "ISO 3166-1 codes of its countries") List<String> countries,
            @Schema(description = "Written by the Herald team for the demo, not by the organization")
            boolean demonstration,
            String path) {
    }

    @Schema(description = "The organization's regions, in their order.")
    public record RegionList(List<Region> items) {
    }

    @Schema(description = "Every country, in the language's alphabetical order.")
    public record CountryList(List<Country> items) {
    }

    @Schema(description = "A country with the organization's offices, contacts and latest news there.")
    public record CountryDetail(
            String code,
            String name,
            String path,
            List<Office> offices,
            List<Contact> contacts,
            @Schema(description = "The newest articles about it") List<ArticleSummary> latestArticles) {
    }

    @Schema(description = "A Sustainable Development Goal with the number of published items on it.")
    public record GoalSummary(
            @Schema(description = "1 to 17", example = "10") int number,
            @Schema(description = "Its official short title in the language", example = "Reduced inequalities")
            String title,
            @Schema(description = "Published items on it, each translation group once, as a list in the language "
                    + "shows them") int count,
            @Schema(description = "Address of its page on the site") String path,
            @Schema(description = "Address of it in this API") String apiPath) {
    }

    @Schema(description = "The 17 Sustainable Development Goals, in order.")
    public record GoalList(List<GoalSummary> items) {
    }

    @Schema(description = "A Sustainable Development Goal with the newest items published on it.")
    public record GoalDetail(
            int number,
            String title,
            int count,
            String path,
            @Schema(description = "The newest published articles and pages on it; a version in the language "
                    + "asked for, else the original") List<TaggedItem> latestItems) {
    }

    @Schema(description = "A theme of the organization's work (What We Do) with the number of published items on it.")
    public record ThemeSummary(
            @Schema(description = "What items are tagged with", example = "labour-migration") String code,
            @Schema(description = "Its name in the language; in the site's default language where it has none in it",
                    example = "Labour migration") String name,
            @Schema(description = "Language code of the name", example = "en") String nameLanguage,
            @Schema(description = "What the organization does on it; empty when not described") String description,
            @Schema(description = "Published items on it, each translation group once, as a list in the language "
                    + "shows them") int count,
            @Schema(description = "Address of its page on the site") String path,
            @Schema(description = "Address of it in this API") String apiPath) {
    }

    @Schema(description = "The themes, in the organization's order.")
    public record ThemeList(List<ThemeSummary> items) {
    }

    @Schema(description = "A theme with the newest items published on it and the countries they concern.")
    public record ThemeDetail(
            String code,
            String name,
            String nameLanguage,
            String description,
            int count,
            String path,
            @Schema(description = "The countries published items on it are about, by name") List<Country> countries,
            @Schema(description = "The newest published articles and pages on it; a version in the language "
                    + "asked for, else the original") List<TaggedItem> latestItems) {
    }

    @Schema(description = "An article or page tagged with a goal or a theme.")
    public record TaggedItem(
            long id,
            @Schema(description = "article or page") String type,
            @Schema(description = "Language code of this version", example = "en") String language,
            String slug,
            @Schema(types = {"string", "null"}, description = "An article's kind; null for pages") String kind,
            String title,
            @Schema(types = {"string", "null"}) String summary,
            @Schema(types = {"string", "null"}, format = "date", description = "ISO 8601 date; null when unknown "
                    + "or a page") LocalDate releaseDate,
            @Schema(description = "Address of its page on the site") String path,
            @Schema(description = "Address of its whole text in this API") String apiPath) {

        static TaggedItem of(PublishedSummary item) {
            String type = item.type().name().toLowerCase(java.util.Locale.ROOT);
            return new TaggedItem(item.itemId(), type, item.language().code(), item.slug(), ApiViews.kind(item.kind()),
                    item.title(), item.summary(), item.releaseDate(), item.path(),
                    "/api/v1/" + type + "s/" + item.language().code() + "/" + item.slug());
        }
    }

    @Schema(description = "An office of the organization.")
    public record Office(
            String name,
            @Schema(types = {"string", "null"}) String city,
            @Schema(types = {"string", "null"}, description = "ISO 3166-1 code") String country,
            @Schema(types = {"string", "null"}) String address,
            @Schema(types = {"number", "null"}, description = "WGS 84 degrees") Double latitude,
            @Schema(types = {"number", "null"}, description = "WGS 84 degrees") Double longitude,
            @Schema(types = {"string", "null"}, description = "E.164") String phone,
            @Schema(types = {"string", "null"}) String email,
            @Schema(types = {"string", "null"}) String openingHours) {

        static Office of(org.herald.people.Office office) {
            return office == null ? null : new Office(office.name(), office.city(), office.countryCode(),
                    office.address(), office.latitude(), office.longitude(), office.phone(), office.email(),
                    office.openingHours());
        }
    }

    @Schema(description = "A contact of the press room's directory.")
    public record Contact(
            long id,
            String name,
            @Schema(types = {"string", "null"}) String jobTitle,
            @Schema(types = {"object", "null"}, description = "Their office; null when unknown",
                    implementation = Office.class) Office office,
            List<Phone> phones,
            List<String> emails) {

        static Contact of(ContactView contact) {
            return new Contact(contact.id(), contact.name(), contact.jobTitle(), Office.of(contact.office()),
                    contact.phones().stream().map(phone -> new Phone(phone.kind(), phone.e164())).toList(),
                    contact.emails());
        }
    }

    @Schema(description = "A phone number.")
    public record Phone(
            @Schema(description = "tel, mobile, fax or whatsapp") String kind,
            @Schema(description = "E.164", example = "+375172882742", pattern = "^\\+[1-9][0-9]{1,14}$") String e164) {
    }

    @Schema(description = "The press room's media contacts, by country, office and name.")
    public record ContactList(List<Contact> items) {
    }

    @Schema(description = "One section of the site menu.")
    public record MenuSection(
            String label,
            String path,
            @Schema(description = "Language of the section page's summary (the original's while it has no "
                    + "translation)") String summaryLanguage,
            @Schema(types = {"string", "null"}) String summary) {
    }

    @Schema(description = "The site menu in a language, in order.")
    public record MenuList(List<MenuSection> items) {
    }

    @Schema(description = "A pinned highlight: a published item (its path on the site) or an external link.")
    public record HighlightItem(
            String title,
            @Schema(description = "The item's path under the language asked for, or the external link") String url,
            @Schema(description = "Whether it leads to another site") boolean external,
            @Schema(description = "Language of the title and summary") String language,
            @Schema(types = {"string", "null"}) String summary,
            @Schema(types = {"string", "null"}, description = "Path of the picture's default copy") String imagePath,
            @Schema(types = {"string", "null"}) String imageAlt,
            @Schema(types = {"string", "null"}) String imageCredit) {
    }

    @Schema(description = "The highlights shown now, in order.")
    public record HighlightList(List<HighlightItem> items) {
    }

    @Schema(description = "Every failure: a sentence saying what went wrong and what to do.")
    public record Problem(String error) {
    }

    static String kind(ArticleKind kind) {
        return kind == null ? null : kind.slug();
    }

    static String reason(LocalDate date) {
        return date == null ? DATE_UNKNOWN : null;
    }
}
