package org.herald.careers;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.util.TimeZone;

import org.herald.places.Countries;
import org.springframework.stereotype.Component;

/**
 * Duty stations: a city in a country the places module knows. Its time zone is the country's
 * zone whose city has the station's name (Minsk: Europe/Minsk), else the country's first
 * canonical zone (ICU's table of zones by country).
 */
@Component
class DutyStations {

    private final Countries countries;

    DutyStations(Countries countries) {
        this.countries = countries;
    }

    /** The station's zone, empty when the country is unknown or has no zone. */
    Optional<ZoneId> zone(String city, String country) {
        if (country == null || !countries.exists(country)) {
            return Optional.empty();
        }
        String[] zones = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, country, null)
                .toArray(String[]::new);
        String wanted = city.trim().replace(' ', '_').toLowerCase(Locale.ROOT);
        return Arrays.stream(zones).filter(zone -> zone.toLowerCase(Locale.ROOT).endsWith("/" + wanted)).findFirst()
                .or(() -> Arrays.stream(zones).findFirst())
                .filter(zone -> ZoneId.getAvailableZoneIds().contains(zone))
                .map(ZoneId::of);
    }
}
