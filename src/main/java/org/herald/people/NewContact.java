package org.herald.people;

import java.util.List;

/**
 * A contact to add to the directory, as an import or a form gives it. Phones must already be
 * in E.164 (see {@link PhoneNumbers#toE164}); emails lower-case.
 *
 * @param officeName    the office's name ("IOM Minsk"), may be null
 * @param officeCity    the office's city, may be null
 * @param officeCountry the office's ISO country code, may be null
 */
public record NewContact(String name, String jobTitle, String officeName, String officeCity, String officeCountry,
                         List<ContactView.Phone> phones, List<String> emails) {
}
