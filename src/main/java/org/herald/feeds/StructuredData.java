package org.herald.feeds;

import org.herald.careers.VacancyTerms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herald.content.ContentType;
import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.i18n.LanguageLink;
import org.herald.organization.Fact;
import org.herald.people.ContactView;
import org.herald.places.Countries;

import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD: {@code NewsArticle} for an article, {@code Organization} with the profile's
 * facts and its media {@code ContactPoint}s, and {@code BreadcrumbList}. Dates that are unknown
 * are left out, never guessed.
 */
final class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONTEXT = "https://schema.org";

    private StructuredData() {
    }

    /** One crumb: a name and its absolute address. */
    record Crumb(String name, String url) {
    }

    static Map<String, Object> breadcrumbs(List<Crumb> crumbs) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).name());
            item.put("item", crumbs.get(i).url());
            items.add(item);
        }
        Map<String, Object> list = node("BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    /**
     * The organization: its name and address, its profile's facts when given (founding date,
     * acronym, what it is part of, counts as dated property values) and its media contacts.
     */
    static Map<String, Object> organization(String name, String baseUrl, String logo, Map<String, Fact> facts,
                                            List<ContactView> contacts, Countries countries, Language language) {
        Map<String, Object> organization = node("Organization");
        organization.put("@id", baseUrl + "/#organization");
        organization.put("name", name);
        organization.put("url", baseUrl + "/" + language.code() + "/");
        organization.put("logo", logo);
        List<Map<String, Object>> properties = new ArrayList<>();
        facts.forEach((key, fact) -> {
            switch (key) {
                case "acronym" -> organization.put("alternateName", fact.text());
                case "founded" -> organization.put("foundingDate",
                        fact.number() != null ? String.valueOf(fact.number()) : fact.text());
                case "part_of" -> organization.put("parentOrganization", Map.of("@type", "Organization",
                        "name", fact.text() == null ? "" : fact.text()));
                case "name" -> { }
                default -> {
                    Map<String, Object> property = node("PropertyValue");
                    property.put("propertyID", key);
                    property.put("name", fact.statement() != null ? fact.statement() : key);
                    property.put("value", fact.number() != null ? fact.number() : fact.text());
                    if (fact.asOf() != null) {
                        property.put("validFrom", fact.asOf().toString());
                    }
                    properties.add(property);
                }
            }
        });
        if (!properties.isEmpty()) {
            organization.put("additionalProperty", properties);
        }
        if (!contacts.isEmpty()) {
            organization.put("contactPoint", contacts.stream().map(c -> contactPoint(c, countries, language)).toList());
        }
        return organization;
    }

    static Map<String, Object> contactPoint(ContactView contact, Countries countries, Language language) {
        Map<String, Object> point = node("ContactPoint");
        point.put("contactType", "media relations");
        point.put("name", contact.name());
        if (contact.jobTitle() != null) {
            point.put("description", contact.jobTitle());
        }
        contact.phones().stream().filter(p -> !p.kind().equals("fax")).findFirst()
                .ifPresent(phone -> point.put("telephone", phone.e164()));
        contact.phones().stream().filter(p -> p.kind().equals("fax")).findFirst()
                .ifPresent(fax -> point.put("faxNumber", fax.e164()));
        if (!contact.emails().isEmpty()) {
            point.put("email", contact.emails().get(0));
        }
        if (contact.office() != null && contact.office().countryCode() != null) {
            point.put("areaServed", Map.of("@type", "Country",
                    "name", countries.name(contact.office().countryCode(), language),
                    "identifier", contact.office().countryCode()));
        }
        return point;
    }

    /**
     * A NewsArticle: headline, dates (left out when unknown), dateline, language, publisher, the
     * countries it is about, and its translations or the work it translates.
     *
     * @param original    the original's link when this is a translation, else null
     * @param translations the item's other language versions
     */
    static Map<String, Object> article(PublishedView article, String url, String baseUrl, String image,
                                       String dateline, LanguageLink original, List<LanguageLink> translations,
                                       Map<String, Object> publisher, Countries countries, Language language) {
        Map<String, Object> node = node(article.type() == ContentType.ARTICLE ? "NewsArticle" : "WebPage");
        node.put("@id", url + "#article");
        node.put("mainEntityOfPage", url);
        node.put("url", url);
        node.put("headline", article.title());
        if (article.summary() != null && !article.summary().isBlank()) {
            node.put("description", article.summary());
        }
        node.put("inLanguage", article.language().code());
        node.put("image", image);
        if (article.releaseDate() != null) {
            node.put("datePublished", article.releaseDate().toString());
        }
        if (article.lastPublishedAt() != null) {
            node.put("dateModified", article.lastPublishedAt().toInstant().toString());
        }
        if (dateline != null) {
            node.put("dateline", dateline);
        }
        node.put("publisher", publisher);
        node.put("author", publisher);
        if (!article.countries().isEmpty()) {
            node.put("about", article.countries().stream().map(code -> Map.of("@type", "Country",
                    "name", countries.name(code, language), "identifier", code)).toList());
        }
        if (!article.original() && original != null) {
            node.put("translationOfWork", Map.of("@id", baseUrl + original.path() + "#article"));
        }
        List<Map<String, String>> versions = translations.stream()
                .filter(link -> link.language() != article.language())
                .map(link -> Map.of("@id", baseUrl + link.path() + "#article", "inLanguage", link.language().code()))
                .toList();
        if (article.original() && !versions.isEmpty()) {
            node.put("workTranslation", versions);
        }
        return node;
    }

    /** A publisher as an article names it: a reference to the organization, with its name and logo. */
    static Map<String, Object> publisher(String name, String baseUrl, String logo) {
        Map<String, Object> publisher = node("Organization");
        publisher.put("@id", baseUrl + "/#organization");
        publisher.put("name", name);
        publisher.put("logo", Map.of("@type", "ImageObject", "url", logo));
        return publisher;
    }

    /**
     * A vacancy as Google for Jobs reads it (schema.org JobPosting): given only while it is open,
     * so that a closed vacancy leaves job search engines.
     */
    static Map<String, Object> jobPosting(PublishedView item, VacancyTerms terms, String url, String organization,
                                          String baseUrl) {
        Map<String, Object> posting = node("JobPosting");
        posting.put("title", item.title());
        posting.put("description", item.bodyHtml());
        posting.put("identifier", Map.of("@type", "PropertyValue", "name", organization, "value", terms.reference()));
        posting.put("datePosted", terms.opens().toString());
        posting.put("validThrough", terms.closes().toString());
        posting.put("employmentType", terms.contract() == org.herald.careers.ContractType.INTERNSHIP ? "INTERN"
                : terms.contract() == org.herald.careers.ContractType.FIXED_TERM ? "FULL_TIME" : "TEMPORARY");
        posting.put("hiringOrganization", Map.of("@type", "Organization", "name", organization, "sameAs", baseUrl));
        posting.put("jobLocation", Map.of("@type", "Place", "address", Map.of("@type", "PostalAddress",
                "addressLocality", terms.city(), "addressCountry", terms.country())));
        posting.put("url", url);
        return posting;
    }

    /** The document as JSON, safe inside a {@code <script>} element: no "<" can close it. */
    static String write(Map<String, Object> document) {
        Map<String, Object> withContext = new LinkedHashMap<>();
        withContext.put("@context", CONTEXT);
        withContext.putAll(document);
        return JSON.writeValueAsString(withContext).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        return node;
    }
}
