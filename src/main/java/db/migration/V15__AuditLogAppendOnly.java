package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes {@code audit_log} append-only in the database itself: an UPDATE or DELETE of its rows
 * fails, whoever sends it. A Java migration because the two databases need different SQL: a
 * PL/pgSQL trigger on PostgreSQL, a Java trigger ({@link AppendOnlyTrigger}) on H2.
 */
public class V15__AuditLogAppendOnly extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        try (Statement statement = context.getConnection().createStatement()) {
            if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                statement.execute("""
                        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                            RAISE EXCEPTION 'audit_log is append-only';
                        END $$
                        """);
                statement.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                        + "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()");
                statement.execute("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                        + "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()");
            } else {
                statement.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log "
                        + "FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
            }
        }
    }
}
