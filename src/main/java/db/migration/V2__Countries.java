package db.migration;

import java.sql.PreparedStatement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code country} with every ISO 3166-1 alpha-2 code the JDK knows. A Java migration
 * because the list comes from {@link Locale#getISOCountries()}, not from a hand-written table.
 */
public class V2__Countries extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("INSERT INTO country (code, iso3) VALUES (?, ?)")) {
            for (String code : Locale.getISOCountries()) {
                insert.setString(1, code);
                insert.setString(2, new Locale("", code).getISO3Country());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
