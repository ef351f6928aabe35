package org.herald.importer;

import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.people.Directory;
import org.herald.presence.CountryPresence;
import org.herald.presence.Membership;
import org.herald.presence.PresenceKind;
import org.herald.presence.Region;
import org.herald.presence.SaveRegion;
import org.herald.presence.SetCountryPresence;
import org.springframework.stereotype.Component;

/**
 * Where the organization works, as far as the seed shows it, plus what the Herald team added for
 * the demo, marked as demonstration. Each country where the seed names an office (IOM Minsk, in
 * Belarus) has a country office there, from a date the seed does not give. The rest is the team's:
 * the region holding Belarus (named after the organization's own grouping, with no regional
 * office, since the seed names none) and Belarus as a member state (date not given). The profile's
 * "175 member states" and "171 countries" are left as stated: the back office shows how far the
 * demo's counts are from them.
 */
@Component
class DemoPresence {

    /** The demo's one region, named by the Herald team in the six languages. */
    static final String REGION = "eastern-europe-central-asia";
    private static final Map<String, String> REGION_NAMES = Map.of(
            "en", "South-Eastern Europe, Eastern Europe and Central Asia",
            "fr", "Europe du Sud-Est, Europe orientale et Asie centrale",
            "es", "Europa Sudoriental, Europa Oriental y Asia Central",
            "ru", "Юго-Восточная Европа, Восточная Европа и Центральная Азия",
            "ar", "جنوب شرق أوروبا وأوروبا الشرقية وآسيا الوسطى",
            "zh", "东南欧、东欧和中亚");

    private final Directory directory;
    private final SaveRegion saveRegion;
    private final SetCountryPresence setPresence;

    DemoPresence(Directory directory, SaveRegion saveRegion, SetCountryPresence setPresence) {
        this.directory = directory;
        this.saveRegion = saveRegion;
        this.setPresence = setPresence;
    }

    void add(Actor seed) {
        saveRegion.save(seed, new Region(REGION, REGION_NAMES, null, 0, true));
        for (String country : directory.countriesWithOffices()) {
            boolean belarus = country.equals("BY");
            setPresence.set(seed, new CountryPresence(country, belarus ? REGION : null, PresenceKind.COUNTRY_OFFICE,
                    null, belarus ? Membership.MEMBER_STATE : Membership.NONE, null, belarus));
        }
    }
}
