package org.herald.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes what the public is told about an office: its address, position, switchboard, e-mail
 * and opening hours. Checks the permission and every value (coordinates in range and given
 * together, a phone that is a real number, kept in E.164), then writes the row, the audit entry
 * and the change log in one transaction.
 */
@Component
public class UpdateOffice {

    /** What a form typed: each value as text, blank for "not listed". */
    public record Details(String address, String latitude, String longitude, String phone, String email,
                          String openingHours) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int LONGEST_TEXT = 500;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    UpdateOffice(JdbcClient jdbc, Directory directory, AuditLog audit, ChangeLog changes, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public void update(Actor actor, long officeId, Details details) {
        actor.require(Permission.PLACES_EDIT);
        Office office = directory.office(officeId).orElseThrow(() -> new OfficeException("office", "office.error.unknown"));
        Double latitude = degrees(details.latitude(), 90, "latitude");
        Double longitude = degrees(details.longitude(), 180, "longitude");
        if ((latitude == null) != (longitude == null)) {
            throw new OfficeException(latitude == null ? "latitude" : "longitude", "office.error.both-coordinates");
        }
        String phone = blankToNull(details.phone());
        if (phone != null) {
            phone = PhoneNumbers.toE164(phone, office.countryCode())
                    .orElseThrow(() -> new OfficeException("phone", "office.error.phone"));
        }
        String email = blankToNull(details.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new OfficeException("email", "office.error.email");
        }
        String address = text(details.address(), "address");
        String hours = text(details.openingHours(), "openingHours");
        jdbc.sql("""
                UPDATE office SET address = :address, latitude = :latitude, longitude = :longitude, phone = :phone,
                       email = :email, opening_hours = :hours, updated_at = :at
                WHERE id = :id
                """)
                .param("address", address).param("latitude", latitude).param("longitude", longitude)
                .param("phone", phone).param("email", email == null ? null : email.toLowerCase(Locale.ROOT))
                .param("hours", hours).param("at", OffsetDateTime.now(clock)).param("id", officeId)
                .update();
        audit.record(actor, "office.details_update", "office", officeId, office.name());
        changes.record(Directory.OFFICE, officeId, null, "updated");
    }

    private static Double degrees(String raw, int limit, String field) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        double degrees;
        try {
            degrees = Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new OfficeException(field, "office.error." + field);
        }
        if (Double.isNaN(degrees) || degrees < -limit || degrees > limit) {
            throw new OfficeException(field, "office.error." + field);
        }
        return degrees;
    }

    private static String text(String raw, String field) {
        String value = blankToNull(raw);
        if (value != null && value.length() > LONGEST_TEXT) {
            throw new OfficeException(field, "office.error.too-long");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
