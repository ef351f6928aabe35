package org.herald.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.herald.changes.Dependencies;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.i18n.Language;
import org.herald.organization.Fact;
import org.herald.organization.OrganizationProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partners and agreements as the public pages, the API, search and the importer read them.
 * Every read declares that it depends on any partner and any agreement: a page that shows one
 * is evicted on every node when either changes. What is published about them comes from the
 * public read model, so nothing unpublished or embargoed is listed.
 */
@Component
public class Partners {

    /** The change log's names. */
    public static final String PARTNER = "partner";
    public static final String AGREEMENT = "agreement";

    private final JdbcClient jdbc;
    private final PublishedContent content;
    private final OrganizationProfile profile;

    Partners(JdbcClient jdbc, PublishedContent content, OrganizationProfile profile) {
        this.jdbc = jdbc;
        this.content = content;
        this.profile = profile;
    }

    /** Every partner, by code. */
    public List<Partner> all() {
        Dependencies.onAny(PARTNER);
        Map<Long, List<PartnerName>> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, partner_id, language, name, position FROM partner_name")
                .query((rs, n) -> new NameRow(rs.getLong(2), rs.getInt(5),
                        new PartnerName(rs.getLong(1), Language.fromCode(rs.getString(3)).orElse(null), rs.getString(4))))
                .list().stream()
                .sorted(Comparator.comparing((NameRow row) -> row.name().language() == null ? Integer.MAX_VALUE
                        : row.name().language().ordinal()).thenComparingInt(NameRow::position)
                        .thenComparingLong(row -> row.name().id()))
                .forEach(row -> names.computeIfAbsent(row.partnerId(), id -> new ArrayList<>()).add(row.name()));
        Map<Long, List<String>> members = pairs("SELECT partner_id, country_code FROM partner_member ORDER BY country_code");
        return jdbc.sql("SELECT id, code, acronym, partner_type, country_code, region_code FROM partner ORDER BY code")
                .query((rs, n) -> new Partner(rs.getLong(1), rs.getString(2), rs.getString(3),
                        PartnerType.parse(rs.getString(4)).orElse(null), trim(rs.getString(5)), rs.getString(6),
                        List.copyOf(names.getOrDefault(rs.getLong(1), List.of())),
                        List.copyOf(members.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    /** The partners, each named in the language, by that name. */
    public List<Partner> sorted(Language language) {
        java.text.Collator collator = java.text.Collator.getInstance(language.locale());
        return all().stream().sorted(Comparator.comparing((Partner p) -> p.name(language), collator)).toList();
    }

    public Optional<Partner> find(String code) {
        return all().stream().filter(partner -> partner.code().equals(code)).findFirst();
    }

    /** The partners by id. */
    public Map<Long, Partner> byId() {
        return all().stream().collect(Collectors.toMap(Partner::id, Function.identity()));
    }

    /** Every agreement, newest first. */
    public List<Agreement> agreements() {
        Dependencies.onAny(AGREEMENT);
        Dependencies.onAny(PARTNER);
        Map<Long, List<Party>> parties = new LinkedHashMap<>();
        jdbc.sql("SELECT agreement_id, partner_id, signatory, signatory_title FROM agreement_party ORDER BY position, id")
                .query((rs, n) -> Map.entry(rs.getLong(1), new Party(rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4))))
                .list().forEach(e -> parties.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> countries = pairs("SELECT agreement_id, country_code FROM agreement_country ORDER BY country_code");
        Map<Long, List<String>> documents = pairs("SELECT agreement_id, media_key FROM agreement_document ORDER BY media_key");
        Map<Long, List<UUID>> releases = new LinkedHashMap<>();
        jdbc.sql("SELECT agreement_id, translation_group FROM agreement_release")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, UUID.class))).list()
                .forEach(e -> releases.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("""
                SELECT id, slug, kind, status, place, signed_on, starts_on, ends_on FROM agreement ORDER BY id DESC
                """).query((rs, n) -> agreement(rs, parties, countries, documents, releases)).list();
    }

    public Optional<Agreement> agreement(String slug) {
        return agreements().stream().filter(agreement -> agreement.slug().equals(slug)).findFirst();
    }

    /** The agreements the partner is a party to. */
    public List<Agreement> agreementsOf(long partnerId) {
        return agreements().stream().filter(agreement -> agreement.partnerIds().contains(partnerId)).toList();
    }

    /** The agreements that cover the country (a country page's partnerships). */
    public List<Agreement> agreementsCovering(String countryCode) {
        return agreements().stream().filter(agreement -> agreement.countries().contains(countryCode)).toList();
    }

    /** The agreements a press release (any language version of it) announces. */
    public List<Agreement> announcedBy(UUID translationGroup) {
        return agreements().stream().filter(agreement -> agreement.releases().contains(translationGroup)).toList();
    }

    /** The agreements with their parties named in the language, as pages show them. */
    public List<AgreementView> views(List<Agreement> agreements, Language language) {
        Map<Long, Partner> partners = byId();
        String organization = profile.find("acronym").map(Fact::text).orElse("");
        return agreements.stream().map(agreement -> AgreementView.of(agreement, partners, organization, language))
                .toList();
    }

    /** The newest published items that mention the partner (by the organization tags imports set). */
    public List<PublishedSummary> news(Partner partner, Language language, int limit) {
        return content.listedIn(language, content.groupsWithOrganization(partner.code()), limit);
    }

    /** The press releases that announce the agreement, as a list in the language shows them. */
    public List<PublishedSummary> releases(Agreement agreement, Language language) {
        return content.listedIn(language, agreement.releases(), agreement.releases().size() + 1);
    }

    /** Every name imports recognize an organization by, oldest first, with the acronym it is recorded as. */
    public List<KnownName> knownNames() {
        Dependencies.onAny(PARTNER);
        return jdbc.sql("""
                SELECT n.id, p.acronym, n.name, n.language FROM partner_name n JOIN partner p ON p.id = n.partner_id
                ORDER BY n.id
                """).query((rs, n) -> new KnownName(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Language.fromCode(rs.getString(4)).orElse(null))).list();
    }

    /** A name an organization is recognized by, and the acronym it is recorded as; language null for an alias. */
    public record KnownName(long id, String acronym, String name, Language language) {
    }

    private Map<Long, List<String>> pairs(String sql) {
        Map<Long, List<String>> byId = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getLong(1), trim(rs.getString(2)))).list()
                .forEach(e -> byId.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return byId;
    }

    private static Agreement agreement(ResultSet rs, Map<Long, List<Party>> parties, Map<Long, List<String>> countries,
                                       Map<Long, List<String>> documents, Map<Long, List<UUID>> releases)
            throws SQLException {
        long id = rs.getLong(1);
        return new Agreement(id, rs.getString(2), AgreementKind.parse(rs.getString(3)).orElseThrow(),
                AgreementStatus.parse(rs.getString(4)).orElseThrow(), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                List.copyOf(parties.getOrDefault(id, List.of())), List.copyOf(countries.getOrDefault(id, List.of())),
                List.copyOf(documents.getOrDefault(id, List.of())), List.copyOf(releases.getOrDefault(id, List.of())));
    }

    static String trim(String value) {
        return value == null ? null : value.trim();
    }

    /** Ids of these partners that exist. */
    List<Long> existing(Collection<Long> ids) {
        return all().stream().map(Partner::id).filter(ids::contains).toList();
    }

    private record NameRow(long partnerId, int position, PartnerName name) {
    }
}
