package org.herald.people;

/**
 * An office of the organization, e.g. "IOM Minsk" in Minsk, Belarus, with what the public needs to
 * reach it; each detail null when not listed.
 *
 * @param latitude     WGS 84 degrees, -90 to 90; given with the longitude or not at all
 * @param longitude    WGS 84 degrees, -180 to 180
 * @param phone        the switchboard, in E.164
 * @param openingHours as the office words them ("Monday to Friday, 9:00–17:00")
 */
public record Office(long id, String name, String city, String countryCode, String address, Double latitude,
                     Double longitude, String phone, String email, String openingHours) {

    /** An office known only by its name and place, as imports and the seed first find it. */
    public Office(long id, String name, String city, String countryCode) {
        this(id, name, city, countryCode, null, null, null, null, null, null);
    }

    /** Whether its position on the map is known. */
    public boolean located() {
        return latitude != null && longitude != null;
    }

    /** The switchboard as the reader reads it, in international format. */
    public String phoneDisplay() {
        return phone == null ? null : PhoneNumbers.display(phone);
    }
}
