package org.herald.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.herald.changes.ChangeLog;
import org.herald.changes.Dependencies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The directory of offices and contacts. */
@Component
public class Directory {

    /** The change log's name for contacts, in which pages name what they depend on. */
    private static final String CONTACT = "contact";
    /** The change log's name for offices' details, in which pages name what they depend on. */
    static final String OFFICE = "office";

    private static final String CONTACT_COLUMNS = """
            SELECT c.id, c.name, c.job_title, o.id AS office_id, o.name AS office_name, o.city, o.country_code
            FROM contact c LEFT JOIN office o ON o.id = c.office_id
            """;

    private static final String OFFICE_COLUMNS =
            "id, name, city, country_code, address, latitude, longitude, phone, email, opening_hours";

    private final JdbcClient jdbc;

    private final ChangeLog changes;

    Directory(JdbcClient jdbc, ChangeLog changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /**
     * The id of this contact in the directory: an existing contact who shares an email, or has
     * the same name in the same office, is reused (and gains any new phone or email); otherwise
     * the contact is added. The office's row is locked first, so two processes adding the same
     * new person of an office at once (two imports on two nodes) add them once: the second waits
     * for the first's transaction, then finds the person.
     */
    @Transactional
    public long findOrCreate(NewContact contact) {
        Office office = contact.officeName() == null ? null
                : findOrCreateOffice(contact.officeName(), contact.officeCity(), contact.officeCountry());
        if (office != null) {
            jdbc.sql("SELECT id FROM office WHERE id = :id FOR UPDATE").param("id", office.id()).query(Long.class).single();
        }
        Optional<Long> match = match(contact, office);
        boolean created = match.isEmpty();
        long id = match.orElseGet(() -> insert(contact, office));
        boolean gained = addChannels(id, contact, created);
        if (created || gained) {
            // The search index follows the change log: a new contact, or a new email, is found within seconds.
            changes.record(CONTACT, id, null, created ? "created" : "updated");
        }
        return id;
    }

    /** The office with this name, created with the city and country when it is new. */
    @Transactional
    public Office findOrCreateOffice(String name, String city, String countryCode) {
        return findOffice(name).orElseGet(() -> {
            jdbc.sql("INSERT INTO office (name, city, country_code) VALUES (:name, :city, :country)")
                    .param("name", name).param("city", city).param("country", countryCode).update();
            return findOffice(name).orElseThrow();
        });
    }

    /** These contacts, in the order of the ids; unknown ids are left out. */
    public List<ContactView> get(List<Long> ids) {
        ids.forEach(id -> Dependencies.on(CONTACT, id));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ContactView> found = byId(load(CONTACT_COLUMNS + " WHERE c.id IN (:ids)", Map.of("ids", ids)));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether every one of these ids is a contact in the directory. */
    public boolean allExist(List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        return distinct.isEmpty() || jdbc.sql("SELECT COUNT(*) FROM contact WHERE id IN (:ids)")
                .param("ids", distinct).query(Long.class).single() == distinct.size();
    }

    /** Every media contact, by country, office and name: the press room's directory. */
    public List<ContactView> mediaContacts() {
        Dependencies.onAny(CONTACT);
        return load(CONTACT_COLUMNS + " WHERE c.media_contact = TRUE ORDER BY o.country_code, o.name, c.name", Map.of());
    }

    /** Every contact, by name, as pickers in the back office list them. */
    public List<ContactView> all() {
        Dependencies.onAny(CONTACT);
        return load(CONTACT_COLUMNS + " ORDER BY c.name", Map.of());
    }

    /** Contacts working in an office in this country. */
    public List<ContactView> inCountry(String countryCode) {
        Dependencies.onAny(CONTACT);
        return load(CONTACT_COLUMNS + " WHERE o.country_code = :code ORDER BY o.name, c.name", Map.of("code", countryCode));
    }

    /** Offices in this country, by name. */
    public List<Office> officesIn(String countryCode) {
        Dependencies.onAny(CONTACT);
        Dependencies.onAny(OFFICE);
        return jdbc.sql("SELECT " + OFFICE_COLUMNS + " FROM office WHERE country_code = :code ORDER BY name")
                .param("code", countryCode)
                .query(Directory::office)
                .list();
    }

    /** Every office, by name, as pickers in the back office list them. */
    public List<Office> offices() {
        Dependencies.onAny(CONTACT);
        Dependencies.onAny(OFFICE);
        return jdbc.sql("SELECT " + OFFICE_COLUMNS + " FROM office ORDER BY name").query(Directory::office).list();
    }

    /** The office with this id. */
    public Optional<Office> office(long id) {
        Dependencies.onAny(CONTACT);
        Dependencies.onAny(OFFICE);
        return jdbc.sql("SELECT " + OFFICE_COLUMNS + " FROM office WHERE id = :id").param("id", id)
                .query(Directory::office).optional();
    }

    /** Offices whose city and country are known: where a dateline's city lies, for the importer. */
    public List<Office> officesWithCity() {
        return jdbc.sql("SELECT " + OFFICE_COLUMNS + " FROM office WHERE city IS NOT NULL AND country_code IS NOT NULL")
                .query(Directory::office)
                .list();
    }

    /** Codes of the countries where the organization has an office. */
    public List<String> countriesWithOffices() {
        Dependencies.onAny(CONTACT);
        return jdbc.sql("SELECT DISTINCT country_code FROM office WHERE country_code IS NOT NULL")
                .query((rs, n) -> rs.getString(1).trim())
                .list();
    }

    private Optional<Office> findOffice(String name) {
        return jdbc.sql("SELECT " + OFFICE_COLUMNS + " FROM office WHERE LOWER(name) = LOWER(:name)")
                .param("name", name)
                .query(Directory::office)
                .optional();
    }

    private Optional<Long> match(NewContact contact, Office office) {
        if (!contact.emails().isEmpty()) {
            Optional<Long> byEmail = jdbc.sql("""
                    SELECT contact_id FROM contact_channel WHERE kind = 'email' AND channel_value IN (:emails)
                    ORDER BY contact_id LIMIT 1
                    """)
                    .param("emails", contact.emails())
                    .query(Long.class).optional();
            if (byEmail.isPresent()) {
                return byEmail;
            }
        }
        String sameOffice = office == null ? "office_id IS NULL" : "office_id = :officeId";
        return jdbc.sql("SELECT id FROM contact WHERE LOWER(name) = LOWER(:name) AND " + sameOffice
                        + " ORDER BY id LIMIT 1")
                .param("name", contact.name())
                .params(office == null ? Map.of() : Map.of("officeId", office.id()))
                .query(Long.class).optional();
    }

    private long insert(NewContact contact, Office office) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO contact (name, job_title, office_id) VALUES (:name, :jobTitle, :officeId)")
                .param("name", contact.name())
                .param("jobTitle", contact.jobTitle())
                .param("officeId", office == null ? null : office.id())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Adds the contact's phones and emails that the directory entry lacks, after the ones it has.
     * A contact just inserted has none, so its channels are added without looking.
     */
    /** Adds the phones and emails the contact does not have yet; true when there was any. */
    private boolean addChannels(long contactId, NewContact contact, boolean inserted) {
        Set<Map.Entry<String, String>> known = new HashSet<>();
        int[] last = {0};
        if (!inserted) {
            jdbc.sql("SELECT kind, channel_value, position FROM contact_channel WHERE contact_id = :id")
                    .param("id", contactId)
                    .query(rs -> {
                        known.add(Map.entry(rs.getString(1), rs.getString(2)));
                        last[0] = Math.max(last[0], rs.getInt(3));
                    });
        }
        List<Object[]> rows = new ArrayList<>();
        Stream.concat(contact.phones().stream().map(phone -> Map.entry(phone.kind(), phone.e164())),
                        contact.emails().stream().map(email -> Map.entry("email", email)))
                .filter(known::add)
                .forEach(channel -> rows.add(new Object[] {contactId, channel.getKey(), channel.getValue(), ++last[0]}));
        if (!rows.isEmpty()) {
            jdbc.sql("INSERT INTO contact_channel (contact_id, kind, channel_value, position) VALUES :rows")
                    .param("rows", rows).update();
        }
        return !rows.isEmpty();
    }

    private List<ContactView> load(String sql, Map<String, ?> params) {
        List<ContactView> contacts = jdbc.sql(sql).params(params).query(Directory::contactWithoutChannels).list();
        if (contacts.isEmpty()) {
            return contacts;
        }
        Map<Long, List<String[]>> channels = channelsOf(contacts.stream().map(ContactView::id).toList());
        return contacts.stream().map(c -> withChannels(c, channels.getOrDefault(c.id(), List.of()))).toList();
    }

    private Map<Long, List<String[]>> channelsOf(Collection<Long> ids) {
        Map<Long, List<String[]>> channels = new LinkedHashMap<>();
        jdbc.sql("SELECT contact_id, kind, channel_value FROM contact_channel WHERE contact_id IN (:ids) ORDER BY position")
                .param("ids", ids)
                .query(rs -> {
                    channels.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3)});
                });
        return channels;
    }

    private static ContactView withChannels(ContactView contact, List<String[]> channels) {
        List<ContactView.Phone> phones = channels.stream().filter(c -> !"email".equals(c[0]))
                .map(c -> new ContactView.Phone(c[0], c[1])).toList();
        List<String> emails = channels.stream().filter(c -> "email".equals(c[0])).map(c -> c[1]).toList();
        return new ContactView(contact.id(), contact.name(), contact.jobTitle(), contact.office(), phones, emails);
    }

    private static Map<Long, ContactView> byId(List<ContactView> contacts) {
        Map<Long, ContactView> map = new LinkedHashMap<>();
        contacts.forEach(c -> map.put(c.id(), c));
        return map;
    }

    private static ContactView contactWithoutChannels(ResultSet rs, int row) throws SQLException {
        long officeId = rs.getLong("office_id");
        Office office = rs.wasNull() ? null : new Office(officeId, rs.getString("office_name"), rs.getString("city"),
                trim(rs.getString("country_code")));
        return new ContactView(rs.getLong("id"), rs.getString("name"), rs.getString("job_title"), office, List.of(), List.of());
    }

    private static Office office(ResultSet rs, int row) throws SQLException {
        return new Office(rs.getLong("id"), rs.getString("name"), rs.getString("city"), trim(rs.getString("country_code")),
                rs.getString("address"), (Double) rs.getObject("latitude", Double.class),
                (Double) rs.getObject("longitude", Double.class), rs.getString("phone"), rs.getString("email"),
                rs.getString("opening_hours"));
    }

    private static String trim(String code) {
        return code == null ? null : code.trim();
    }
}
