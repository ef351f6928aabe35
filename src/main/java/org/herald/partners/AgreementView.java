package org.herald.partners;

import java.util.List;
import java.util.Map;

import org.herald.i18n.Language;

/**
 * An agreement as a page in one language shows it: its parties named in that language.
 *
 * @param parties its parties in order
 */
public record AgreementView(Agreement agreement, List<PartyView> parties) {

    /**
     * A party as a page shows it.
     *
     * @param name         its name in the language (the organization's acronym for the organization)
     * @param nameLanguage the language the name is written in, when not the page's; null otherwise
     * @param path         its partner page, null for the organization itself
     */
    public record PartyView(String name, Language nameLanguage, String path, String code, String signatory,
                            String signatoryTitle) {
    }

    static AgreementView of(Agreement agreement, Map<Long, Partner> partners, String organization, Language language) {
        List<PartyView> parties = agreement.parties().stream().map(party -> {
            Partner partner = party.partnerId() == null ? null : partners.get(party.partnerId());
            if (partner == null) {
                return new PartyView(organization, null, null, null, party.signatory(), party.signatoryTitle());
            }
            Language written = partner.nameLanguage(language);
            return new PartyView(partner.name(language), written == language ? null : written, partner.path(language),
                    partner.code(), party.signatory(), party.signatoryTitle());
        }).toList();
        return new AgreementView(agreement, parties);
    }

    /** The parties' names joined ("IOM – Commonwealth of Independent States"), for a title. */
    public String partiesLine() {
        return String.join(" – ", parties.stream().map(PartyView::name).toList());
    }

    public String path(Language language) {
        return agreement.path(language);
    }
}
