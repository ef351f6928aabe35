package org.herald.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The writes of agreements, shared by the agreement form and the announcements imports read. */
@Component
class AgreementStore {

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an agreement is made of, checked. */
    record Fields(AgreementKind kind, AgreementStatus status, String place, LocalDate signedOn, LocalDate startsOn,
                  LocalDate endsOn, List<Party> parties, List<String> countries, List<String> documents,
                  List<UUID> releases) {
    }

    boolean slugTaken(String slug, Long except) {
        return jdbc.sql("SELECT COUNT(*) FROM agreement WHERE slug = :slug AND id <> :id").param("slug", slug)
                .param("id", except == null ? -1L : except).query(Integer.class).single() > 0;
    }

    /** The slug, or the slug with the first free number after it. */
    String freeSlug(String slug) {
        String candidate = slug;
        for (int n = 2; slugTaken(candidate, null); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    long insert(String slug, Fields fields) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO agreement (slug, kind, status, place, signed_on, starts_on, ends_on)
                VALUES (:slug, :kind, :status, :place, :signed, :starts, :ends)
                """).param("slug", slug).param("kind", fields.kind().name()).param("status", fields.status().name())
                .param("place", fields.place()).param("signed", fields.signedOn()).param("starts", fields.startsOn())
                .param("ends", fields.endsOn()).update(key, "id");
        long id = key.getKey().longValue();
        writeParts(id, fields);
        return id;
    }

    void update(long id, String slug, Fields fields) {
        jdbc.sql("""
                UPDATE agreement SET slug = :slug, kind = :kind, status = :status, place = :place, signed_on = :signed,
                    starts_on = :starts, ends_on = :ends, updated_at = CURRENT_TIMESTAMP WHERE id = :id
                """).param("id", id).param("slug", slug).param("kind", fields.kind().name())
                .param("status", fields.status().name()).param("place", fields.place())
                .param("signed", fields.signedOn()).param("starts", fields.startsOn()).param("ends", fields.endsOn())
                .update();
        for (String table : List.of("agreement_party", "agreement_country", "agreement_document", "agreement_release")) {
            jdbc.sql("DELETE FROM " + table + " WHERE agreement_id = :id").param("id", id).update();
        }
        writeParts(id, fields);
    }

    private void writeParts(long id, Fields fields) {
        int position = 0;
        for (Party party : fields.parties()) {
            jdbc.sql("""
                    INSERT INTO agreement_party (agreement_id, partner_id, position, signatory, signatory_title)
                    VALUES (:id, :partner, :position, :signatory, :title)
                    """).param("id", id).param("partner", party.partnerId()).param("position", position++)
                    .param("signatory", party.signatory()).param("title", party.signatoryTitle()).update();
        }
        for (String country : fields.countries()) {
            jdbc.sql("INSERT INTO agreement_country (agreement_id, country_code) VALUES (:id, :code)")
                    .param("id", id).param("code", country).update();
        }
        for (String document : fields.documents()) {
            jdbc.sql("INSERT INTO agreement_document (agreement_id, media_key) VALUES (:id, :key)")
                    .param("id", id).param("key", document).update();
        }
        for (UUID release : fields.releases()) {
            jdbc.sql("INSERT INTO agreement_release (agreement_id, translation_group) VALUES (:id, :group)")
                    .param("id", id).param("group", release).update();
        }
    }

    /** Whether an agreement is announced by this release already. */
    boolean announcedBy(UUID release) {
        return jdbc.sql("SELECT COUNT(*) FROM agreement_release WHERE translation_group = :group")
                .param("group", release).query(Integer.class).single() > 0;
    }
}
