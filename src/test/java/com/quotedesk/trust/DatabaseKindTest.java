package com.quotedesk.trust;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite runs on the database CI meant: {@code .ci/pg-tests} sets QUOTEDESK_EXPECT_DB=PostgreSQL, so a
 * profile mix-up that silently fell back to H2 fails here instead of passing on the wrong database.
 */
@QuarkusTest
class DatabaseKindTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRunOnTheExpectedDatabase() throws SQLException {
        String expected = System.getenv().getOrDefault("QUOTEDESK_EXPECT_DB", "H2");
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            System.out.println("DatabaseKindTest: tests run on " + product + " at " + c.getMetaData().getURL());
            assertTrue(product.toLowerCase().contains(expected.toLowerCase()),
                    "expected " + expected + " but the tests run on " + product);
        }
    }
}
