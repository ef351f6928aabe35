package org.herald.presence;

import org.herald.places.CountryName;

/**
 * A country as the public lists show it: its name, its presence and membership, and its region.
 *
 * @param region null when the country is in none of the organization's regions
 */
public record PresenceRow(CountryName country, CountryPresence presence, Region region) {
}
