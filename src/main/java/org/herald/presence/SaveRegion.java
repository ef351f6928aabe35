package org.herald.presence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a region or changes one (its names, its regional office, its place in lists): checks the
 * permission and the values, writes the rows, the audit entry and the change log in one transaction.
 */
@Component
public class SaveRegion {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int LONGEST_NAME = 200;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    SaveRegion(JdbcClient jdbc, Directory directory, AuditLog audit, ChangeLog changes, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public void save(Actor actor, Region region) {
        actor.require(Permission.PLACES_EDIT);
        if (region.code() == null || region.code().length() > 40 || !CODE.matcher(region.code()).matches()
                || region.code().equals("new")) {
            throw new PresenceException("code", "where.error.region-code");
        }
        Map<String, String> names = new LinkedHashMap<>();
        region.names().forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                names.put(language, name.trim());
            }
        });
        if (!names.containsKey(Language.EN.code())) {
            throw new PresenceException("name-en", "where.error.region-name");
        }
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (name.getValue().length() > LONGEST_NAME) {
                throw new PresenceException("name-" + name.getKey(), "where.error.region-name-length");
            }
        }
        if (region.officeId() != null && directory.office(region.officeId()).isEmpty()) {
            throw new PresenceException("office", "where.error.office");
        }
        for (Map.Entry<String, String> name : names.entrySet()) {
            boolean taken = jdbc.sql("""
                    SELECT COUNT(*) FROM region_name WHERE language = :language AND name = :name AND region_code <> :code
                    """)
                    .param("language", name.getKey()).param("name", name.getValue()).param("code", region.code())
                    .query(Integer.class).single() > 0;
            if (taken) {
                throw new PresenceException("name-" + name.getKey(), "where.error.region-name-taken");
            }
        }
        jdbc.sql("""
                MERGE INTO region r USING (VALUES (CAST(:code AS VARCHAR(40)), CAST(:office AS BIGINT), CAST(:position AS INT),
                      CAST(:demo AS BOOLEAN), CAST(:at AS TIMESTAMP WITH TIME ZONE)))
                      s(code, office_id, position, demonstration, updated_at)
                ON r.code = s.code
                WHEN MATCHED THEN UPDATE SET office_id = s.office_id, position = s.position,
                     demonstration = s.demonstration, updated_at = s.updated_at
                WHEN NOT MATCHED THEN INSERT (code, office_id, position, demonstration, updated_at)
                     VALUES (s.code, s.office_id, s.position, s.demonstration, s.updated_at)
                """)
                .param("code", region.code()).param("office", region.officeId()).param("position", region.position())
                .param("demo", region.demonstration()).param("at", OffsetDateTime.now(clock))
                .update();
        jdbc.sql("DELETE FROM region_name WHERE region_code = :code").param("code", region.code()).update();
        java.util.List<Object[]> rows = new ArrayList<>();
        names.forEach((language, name) -> rows.add(new Object[] {region.code(), language, name}));
        jdbc.sql("INSERT INTO region_name (region_code, language, name) VALUES :rows").param("rows", rows).update();
        audit.record(actor, "region.save", "region", null, region.code() + ": " + names.get(Language.EN.code()));
        changes.record(WhereWeWork.PRESENCE, 0, null, "updated");
    }
}
