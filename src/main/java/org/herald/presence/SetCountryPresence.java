package org.herald.presence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.places.Countries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a country's region, presence and membership: checks the permission and the values,
 * writes the row, the audit entry and the change log in one transaction.
 */
@Component
public class SetCountryPresence {

    private final JdbcClient jdbc;
    private final Countries countries;
    private final WhereWeWork where;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    SetCountryPresence(JdbcClient jdbc, Countries countries, WhereWeWork where, AuditLog audit, ChangeLog changes,
                       Clock clock) {
        this.jdbc = jdbc;
        this.countries = countries;
        this.where = where;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public void set(Actor actor, CountryPresence presence) {
        actor.require(Permission.PLACES_EDIT);
        if (!countries.exists(presence.countryCode())) {
            throw new PresenceException("country", "where.error.country");
        }
        if (presence.regionCode() != null && where.region(presence.regionCode()).isEmpty()) {
            throw new PresenceException("region", "where.error.region");
        }
        check(presence.presence() == PresenceKind.NONE, presence.presenceSince(), "presenceSince");
        check(presence.membership() == Membership.NONE, presence.membershipSince(), "membershipSince");
        String code = presence.countryCode().toUpperCase(java.util.Locale.ROOT);
        jdbc.sql("""
                MERGE INTO country_presence p
                USING (VALUES (CAST(:code AS CHAR(2)), CAST(:region AS VARCHAR(40)), CAST(:presence AS VARCHAR(20)),
                      CAST(:presenceSince AS DATE), CAST(:membership AS VARCHAR(20)), CAST(:membershipSince AS DATE),
                      CAST(:demo AS BOOLEAN), CAST(:at AS TIMESTAMP WITH TIME ZONE)))
                      s(country_code, region_code, presence, presence_since, membership, membership_since, demonstration, updated_at)
                ON p.country_code = s.country_code
                WHEN MATCHED THEN UPDATE SET region_code = s.region_code, presence = s.presence,
                     presence_since = s.presence_since, membership = s.membership, membership_since = s.membership_since,
                     demonstration = s.demonstration, updated_at = s.updated_at
                WHEN NOT MATCHED THEN INSERT (country_code, region_code, presence, presence_since, membership,
                     membership_since, demonstration, updated_at)
                     VALUES (s.country_code, s.region_code, s.presence, s.presence_since, s.membership,
                     s.membership_since, s.demonstration, s.updated_at)
                """)
                .param("code", code)
                .param("region", presence.regionCode())
                .param("presence", presence.presence().code())
                .param("presenceSince", presence.presenceSince())
                .param("membership", presence.membership().code())
                .param("membershipSince", presence.membershipSince())
                .param("demo", presence.demonstration())
                .param("at", OffsetDateTime.now(clock))
                .update();
        audit.record(actor, "country_presence.set", "country", null, code + ": " + presence.presence().code() + " "
                + date(presence.presenceSince()) + ", " + presence.membership().code() + " "
                + date(presence.membershipSince()) + ", region " + presence.regionCode());
        changes.record(WhereWeWork.PRESENCE, 0, null, "updated");
    }

    /** A date is refused for "none" (nothing began), and a date after today is refused for anything. */
    private void check(boolean none, LocalDate since, String field) {
        if (since != null && none) {
            throw new PresenceException(field, "where.error.since-none");
        }
        if (since != null && since.isAfter(LocalDate.now(clock))) {
            throw new PresenceException(field, "where.error.since-future");
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "(date unknown)" : "since " + date;
    }
}
