package org.herald.people;

import java.util.List;

/**
 * A contact as pages show it: phones already in E.164 with their display form.
 *
 * @param office the contact's office, null when unknown
 */
public record ContactView(long id, String name, String jobTitle, Office office, List<Phone> phones, List<String> emails) {

    /** A phone number of a contact. {@code kind} is tel, mobile, fax or whatsapp. */
    public record Phone(String kind, String e164) {

        /** The grouped international form shown to readers. */
        public String display() {
            return PhoneNumbers.display(e164);
        }

        /** The {@code tel:} URI (RFC 3966) a link dials. */
        public String uri() {
            return "tel:" + e164;
        }
    }
}
