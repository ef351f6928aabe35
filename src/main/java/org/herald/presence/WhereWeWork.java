package org.herald.presence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.herald.changes.Dependencies;
import org.herald.i18n.Language;
import org.herald.places.Countries;
import org.herald.places.CountryName;
import org.herald.web.BadRequestException;
import org.herald.organization.OrganizationProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads where the organization works: its regions, each country's presence and membership, and
 * the counts these data give beside the profile's stated facts.
 */
@Component
public class WhereWeWork {

    /** The change log's name for regions and presence, in which pages name what they depend on. */
    static final String PRESENCE = "presence";

    private final JdbcClient jdbc;
    private final OrganizationProfile profile;
    private final Countries countries;
    private final PresenceMap map;

    WhereWeWork(JdbcClient jdbc, OrganizationProfile profile, Countries countries, PresenceMap map) {
        this.jdbc = jdbc;
        this.profile = profile;
        this.countries = countries;
        this.map = map;
    }

    /** What the "Where we work" section page shows: facts and counts, regions, the map and its table. */
    public WhereView view(Language language) {
        List<PresenceRow> all = countries(language, PresenceFilter.NONE);
        List<PresenceRow> present = all.stream().filter(row -> row.presence().presence().present()).toList();
        return new WhereView(comparisons(), regions(), map.draw(recorded(), all.size()), present);
    }

    /**
     * A reader's filter from the country list's query parameters: an unknown region, presence or
     * membership is a 400 that names the parameter, never a filter silently dropped.
     */
    public PresenceFilter filter(String region, String presence, String membership) {
        String regionCode = blankToNull(region);
        if (regionCode != null && region(regionCode).isEmpty()) {
            throw new BadRequestException("error.parameter.region", region);
        }
        PresenceKind kind = blankToNull(presence) == null ? null : PresenceKind.of(presence)
                .orElseThrow(() -> new BadRequestException("error.parameter.presence", presence));
        Membership standing = blankToNull(membership) == null ? null : Membership.of(membership)
                .orElseThrow(() -> new BadRequestException("error.parameter.membership", membership));
        return new PresenceFilter(regionCode, kind, standing);
    }

    /** The countries the filter accepts, in the language's alphabetical order, each with its region. */
    public List<PresenceRow> countries(Language language, PresenceFilter filter) {
        Map<String, CountryPresence> recorded = recorded();
        Map<String, Region> regions = new HashMap<>();
        regions().forEach(region -> regions.put(region.code(), region));
        List<PresenceRow> rows = new ArrayList<>();
        for (CountryName country : countries.all(language)) {
            CountryPresence presence = recorded.getOrDefault(country.code(), CountryPresence.none(country.code()));
            if (filter.accepts(presence)) {
                rows.add(new PresenceRow(country, presence,
                        presence.regionCode() == null ? null : regions.get(presence.regionCode())));
            }
        }
        return rows;
    }

    /** Every region, in its position's order, with its names. */
    public List<Region> regions() {
        Dependencies.onAny(PRESENCE);
        Map<String, Map<String, String>> names = new HashMap<>();
        jdbc.sql("SELECT region_code, language, name FROM region_name")
                .query(rs -> {
                    names.computeIfAbsent(rs.getString(1), code -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getString(3));
                });
        return jdbc.sql("SELECT code, office_id, position, demonstration FROM region ORDER BY position, code")
                .query((rs, n) -> new Region(rs.getString("code"), names.getOrDefault(rs.getString("code"), Map.of()),
                        (Long) rs.getObject("office_id", Long.class), rs.getInt("position"),
                        rs.getBoolean("demonstration")))
                .list();
    }

    /** The region with this code. */
    public Optional<Region> region(String code) {
        return regions().stream().filter(region -> region.code().equals(code)).findFirst();
    }

    /** The country's presence and membership; {@link CountryPresence#none} when nothing is recorded. */
    public CountryPresence of(String countryCode) {
        Dependencies.onAny(PRESENCE);
        return jdbc.sql(SELECT + " WHERE country_code = :code").param("code", countryCode)
                .query(WhereWeWork::row).optional().orElse(CountryPresence.none(countryCode));
    }

    /** Every country of which something is recorded, by code. */
    public Map<String, CountryPresence> recorded() {
        Dependencies.onAny(PRESENCE);
        Map<String, CountryPresence> all = new LinkedHashMap<>();
        jdbc.sql(SELECT + " ORDER BY country_code").query(WhereWeWork::row).list()
                .forEach(presence -> all.put(presence.countryCode(), presence));
        return all;
    }

    /**
     * The profile's stated number of member states and of countries of presence, each beside the
     * count the data give. The stated fact is never changed here: a difference is shown.
     */
    public List<FactComparison> comparisons() {
        Dependencies.onAny(PRESENCE);
        long members = 0;
        long present = 0;
        for (CountryPresence country : recorded().values()) {
            members += country.membership() == Membership.MEMBER_STATE ? 1 : 0;
            present += country.presence().present() ? 1 : 0;
        }
        List<FactComparison> comparisons = new ArrayList<>();
        comparisons.add(new FactComparison("member_states", profile.find("member_states").orElse(null), members));
        comparisons.add(new FactComparison("countries_of_presence",
                profile.find("countries_of_presence").orElse(null), present));
        return comparisons;
    }

    private static final String SELECT = """
            SELECT country_code, region_code, presence, presence_since, membership, membership_since, demonstration
            FROM country_presence""";

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static CountryPresence row(ResultSet rs, int n) throws SQLException {
        return new CountryPresence(rs.getString("country_code").trim(), rs.getString("region_code"),
                PresenceKind.of(rs.getString("presence")).orElseThrow(), rs.getObject("presence_since", LocalDate.class),
                Membership.of(rs.getString("membership")).orElseThrow(),
                rs.getObject("membership_since", LocalDate.class), rs.getBoolean("demonstration"));
    }
}
