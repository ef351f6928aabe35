package org.herald.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.herald.api.ApiViews.TaggedItem;
import org.herald.i18n.Language;
import org.herald.partners.AgreementView;
import org.herald.partners.Partner;
import org.herald.places.CountryName;

/** What the partners' and agreements' endpoints answer: the OpenAPI document's schemas of Partnerships. */
final class PartnerViews {

    private PartnerViews() {
    }

    @Schema(description = "A partner organization as lists show it.")
    public record PartnerSummary(
            @Schema(description = "What items that mention it are tagged with; its page's address", example = "cis")
            String code,
            @Schema(example = "CIS") String acronym,
            @Schema(description = "Its name in the language; in another where it has none in it") String name,
            @Schema(types = {"string", "null"}, description = "Language code of the name; null for an acronym")
            String nameLanguage,
            @Schema(types = {"string", "null"}, description = "un-agency, intergovernmental, government, ngo, "
                    + "private-sector or academia; null when not given yet") String type,
            @Schema(types = {"string", "null"}, description = "ISO 3166-1 code of the country it is based in")
            String country,
            @Schema(types = {"string", "null"}, description = "The region (of Where we work) it belongs to")
            String region,
            @Schema(description = "ISO 3166-1 codes of its member states") List<String> members,
            @Schema(description = "Address of its page on the site") String path,
            @Schema(description = "Address of it in this API") String apiPath) {

        static PartnerSummary of(Partner partner, Language language) {
            Language written = partner.nameLanguage(language);
            return new PartnerSummary(partner.code(), partner.acronym(), partner.name(language),
                    written == null ? null : written.code(), partner.type() == null ? null : partner.type().slug(),
                    partner.countryCode(), partner.regionCode(), partner.members(), partner.path(language),
                    "/api/v1/partners/" + partner.code() + "?lang=" + language.code());
        }
    }

    @Schema(description = "The partners, by name in the language.")
    public record PartnerList(List<PartnerSummary> items) {
    }

    @Schema(description = "A name a partner is known by.")
    public record PartnerName(
            @Schema(types = {"string", "null"}, description = "Its language; null for an alias in any") String language,
            String name) {
    }

    @Schema(description = "A country by code and name in the language.")
    public record NamedCountry(@Schema(example = "BY") String code, String name) {

        static NamedCountry of(CountryName country) {
            return new NamedCountry(country.code(), country.name());
        }
    }

    @Schema(description = "A partner with all its names, its member states, its agreements and the news that mentions it.")
    public record PartnerDetail(
            PartnerSummary partner,
            List<PartnerName> names,
            @Schema(description = "Its member states, by name") List<NamedCountry> members,
            List<AgreementSummary> agreements,
            @Schema(description = "The newest published items that mention it") List<TaggedItem> news) {
    }

    @Schema(description = "A party to an agreement.")
    public record PartyView(
            @Schema(types = {"string", "null"}, description = "The partner's code; null for the organization itself")
            String partner,
            String name,
            @Schema(types = {"string", "null"}) String signatory,
            @Schema(types = {"string", "null"}, description = "The signatory's office") String signatoryTitle) {
    }

    @Schema(description = "An agreement between the organization and partners.")
    public record AgreementSummary(
            String slug,
            @Schema(description = "memorandum-of-understanding, cooperation-agreement or framework") String kind,
            @Schema(description = "planned, signed, in-force or expired") String status,
            @Schema(types = {"string", "null"}) String place,
            @Schema(types = {"string", "null"}, format = "date", description = "ISO 8601; null when unknown")
            LocalDate signedOn,
            @Schema(types = {"string", "null"}, format = "date") LocalDate startsOn,
            @Schema(types = {"string", "null"}, format = "date") LocalDate endsOn,
            List<PartyView> parties,
            @Schema(description = "ISO 3166-1 codes of the countries it covers") List<String> countries,
            @Schema(description = "Addresses of its documents in the media library") List<String> documents,
            @Schema(description = "Address of its page on the site") String path) {

        static AgreementSummary of(AgreementView view, Language language) {
            var agreement = view.agreement();
            return new AgreementSummary(agreement.slug(), agreement.kind().slug(), agreement.status().slug(),
                    agreement.place(), agreement.signedOn(), agreement.startsOn(), agreement.endsOn(),
                    view.parties().stream().map(party -> new PartyView(party.code(), party.name(), party.signatory(),
                            party.signatoryTitle())).toList(),
                    agreement.countries(), agreement.documents().stream().map(key -> "/media/" + key).toList(),
                    view.path(language));
        }
    }

    @Schema(description = "The agreements, newest first.")
    public record AgreementList(List<AgreementSummary> items) {
    }
}
