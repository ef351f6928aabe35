package org.herald.partners;

import java.util.List;
import java.util.Map;

/**
 * What the agreement form sends, as typed and trimmed: kind, status, place, the dates
 * ({@code yyyy-mm-dd}, blank when unknown), whether the organization is a party and who signs for
 * it, the partners that are parties (one a line: "code; signatory; office"), the countries covered
 * (codes), documents (library addresses or keys, one a line) and the press releases that announce it
 * (their addresses, one a line).
 */
public record AgreementForm(String slug, String kind, String status, String place, String signedOn, String startsOn,
                            String endsOn, boolean organizationParty, String organizationSignatory,
                            String organizationSignatoryTitle, List<String> parties, List<String> countries,
                            List<String> documents, List<String> releases) {

    static AgreementForm of(Map<String, String> parameters) {
        return new AgreementForm(PartnerForm.trimmed(parameters.get("slug")), PartnerForm.trimmed(parameters.get("kind")),
                PartnerForm.trimmed(parameters.get("status")), PartnerForm.trimmed(parameters.get("place")),
                PartnerForm.trimmed(parameters.get("signed-on")), PartnerForm.trimmed(parameters.get("starts-on")),
                PartnerForm.trimmed(parameters.get("ends-on")), parameters.containsKey("organization-party"),
                PartnerForm.trimmed(parameters.get("organization-signatory")),
                PartnerForm.trimmed(parameters.get("organization-signatory-title")),
                PartnerForm.lines(parameters.get("parties")), PartnerForm.codes(parameters.get("countries")),
                PartnerForm.lines(parameters.get("documents")), PartnerForm.lines(parameters.get("releases")));
    }

    /** A stored agreement's form; the releases as their addresses in the language given. */
    static AgreementForm of(Agreement agreement, Map<Long, Partner> partners, List<String> releasePaths) {
        Party organization = agreement.parties().stream().filter(Party::organization).findFirst().orElse(null);
        List<String> parties = agreement.parties().stream().filter(party -> !party.organization())
                .map(party -> String.join("; ", partners.get(party.partnerId()).code(), blank(party.signatory()),
                        blank(party.signatoryTitle())).replaceAll("(; )+$", ""))
                .toList();
        return new AgreementForm(agreement.slug(), agreement.kind().slug(), agreement.status().slug(),
                blank(agreement.place()), date(agreement.signedOn()), date(agreement.startsOn()), date(agreement.endsOn()),
                organization != null, organization == null ? "" : blank(organization.signatory()),
                organization == null ? "" : blank(organization.signatoryTitle()), parties, agreement.countries(),
                agreement.documents().stream().map(key -> "/media/" + key).toList(), releasePaths);
    }

    static AgreementForm blank() {
        return new AgreementForm("", "", "", "", "", "", "", true, "", "", List.of(), List.of(), List.of(), List.of());
    }

    public String partiesText() {
        return String.join("\n", parties);
    }

    public String countriesText() {
        return String.join(" ", countries);
    }

    public String documentsText() {
        return String.join("\n", documents);
    }

    public String releasesText() {
        return String.join("\n", releases);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
