package org.herald.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PostgresTestDatabaseTests {

    @Test
    void replacesTheDatabaseAndKeepsHostAndPort() {
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/test", "t1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/t1");
    }

    @Test
    void keepsQueryParameters() {
        assertThat(PostgresTestDatabase.withDatabase(
                "jdbc:postgresql://db.example:6543/test?sslmode=require&ApplicationName=ci", "t1"))
                .isEqualTo("jdbc:postgresql://db.example:6543/t1?sslmode=require&ApplicationName=ci");
    }

    @Test
    void keepsEveryHostOfAFailoverList() {
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://a:5432,b:5433/test", "t1"))
                .isEqualTo("jdbc:postgresql://a:5432,b:5433/t1");
    }

    @Test
    void addsADatabaseWhenTheUrlHasNone() {
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://localhost", "t1"))
                .isEqualTo("jdbc:postgresql://localhost/t1");
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://localhost/?ssl=false", "t1"))
                .isEqualTo("jdbc:postgresql://localhost/t1?ssl=false");
    }

    @Test
    void replacesTheShortForm() {
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql:test?user=x", "t1"))
                .isEqualTo("jdbc:postgresql:t1?user=x");
    }

    @Test
    void rejectsOtherDatabases() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostgresTestDatabase.withDatabase("jdbc:h2:mem:test", "t1"));
    }
}
