package org.herald.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herald.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The writes the partner actions share, and the checks they make against what is stored. */
@Component
class PartnerStore {

    private final JdbcClient jdbc;

    PartnerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM partner WHERE code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    Long idOf(String code) {
        return jdbc.sql("SELECT id FROM partner WHERE code = :code").param("code", code).query(Long.class)
                .optional().orElse(null);
    }

    /**
     * The fields whose names another partner (or, with {@code partnerId} null, any partner) already
     * has in the same language; an alias is alike with a name in any language. Compared in Java: a
     * database's LOWER may leave non-Latin letters as they are.
     */
    Map<String, String> nameClashes(List<Map.Entry<Language, String>> names, Long partnerId) {
        List<Map.Entry<String, String>> stored = jdbc.sql(
                        "SELECT language, name FROM partner_name WHERE partner_id <> :id")
                .param("id", partnerId == null ? -1L : partnerId)
                .query((rs, n) -> Map.entry(rs.getString(1) == null ? "" : rs.getString(1),
                        PartnerForm.key(rs.getString(2)))).list();
        Map<String, String> clashes = new LinkedHashMap<>();
        for (Map.Entry<Language, String> name : names) {
            String language = name.getKey() == null ? "" : name.getKey().code();
            String key = PartnerForm.key(name.getValue());
            boolean taken = stored.stream().anyMatch(other -> other.getValue().equals(key)
                    && (other.getKey().equals(language) || other.getKey().isEmpty() || language.isEmpty()));
            if (taken) {
                clashes.putIfAbsent(name.getKey() == null ? "aliases" : "names-" + language, "error.partner.name-taken");
            }
        }
        return clashes;
    }

    long insert(String code, String acronym, PartnerType type, String country, String region) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO partner (code, acronym, partner_type, country_code, region_code)
                VALUES (:code, :acronym, :type, :country, :region)
                """).param("code", code).param("acronym", acronym).param("type", type == null ? null : type.name())
                .param("country", country).param("region", region).update(key, "id");
        return key.getKey().longValue();
    }

    void update(long id, String acronym, PartnerType type, String country, String region) {
        jdbc.sql("""
                UPDATE partner SET acronym = :acronym, partner_type = :type, country_code = :country,
                    region_code = :region, updated_at = CURRENT_TIMESTAMP WHERE id = :id
                """).param("id", id).param("acronym", acronym).param("type", type == null ? null : type.name())
                .param("country", country).param("region", region).update();
    }

    /** Replaces the partner's names with these, in order. */
    void writeNames(long id, List<Map.Entry<Language, String>> names) {
        jdbc.sql("DELETE FROM partner_name WHERE partner_id = :id").param("id", id).update();
        int position = 0;
        for (Map.Entry<Language, String> name : names) {
            insertName(id, name.getKey(), name.getValue(), position++);
        }
    }

    long insertName(long partnerId, Language language, String name, int position) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO partner_name (partner_id, language, name, name_key, position)
                VALUES (:partner, :language, :name, :key, :position)
                """).param("partner", partnerId).param("language", language == null ? null : language.code())
                .param("name", name).param("key", PartnerForm.key(name)).param("position", position).update(key, "id");
        return key.getKey().longValue();
    }

    void writeMembers(long id, List<String> countries) {
        jdbc.sql("DELETE FROM partner_member WHERE partner_id = :id").param("id", id).update();
        for (String country : countries) {
            jdbc.sql("INSERT INTO partner_member (partner_id, country_code) VALUES (:id, :country)")
                    .param("id", id).param("country", country).update();
        }
    }

    /** The partner a name belongs to, or null when the name is gone. */
    Long partnerOfName(long nameId) {
        return jdbc.sql("SELECT partner_id FROM partner_name WHERE id = :id").param("id", nameId).query(Long.class)
                .optional().orElse(null);
    }

    void deleteName(long nameId) {
        jdbc.sql("DELETE FROM partner_name WHERE id = :id").param("id", nameId).update();
    }

    int names(long partnerId) {
        return jdbc.sql("SELECT COUNT(*) FROM partner_name WHERE partner_id = :id").param("id", partnerId)
                .query(Integer.class).single();
    }

    boolean inAgreements(long partnerId) {
        return jdbc.sql("SELECT COUNT(*) FROM agreement_party WHERE partner_id = :id").param("id", partnerId)
                .query(Integer.class).single() > 0;
    }

    /** Removes a partner with no names and no agreements left. */
    void delete(long partnerId) {
        jdbc.sql("DELETE FROM partner_member WHERE partner_id = :id").param("id", partnerId).update();
        jdbc.sql("DELETE FROM partner WHERE id = :id").param("id", partnerId).update();
    }
}
