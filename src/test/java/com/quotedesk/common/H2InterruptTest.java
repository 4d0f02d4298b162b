package com.quotedesk.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request thread interrupted inside a JDBC call (Narayana's reaper does this when a transaction times
 * out) must not close the H2 file database for everyone else. With a plain {@code file:} URL H2's
 * FileChannel is closed by the interrupt and every later statement fails until a restart (BENCHMARKS.md);
 * the URL the service ships with opens the file through H2's {@code retry:} file system, which re-opens
 * a channel an interrupt closed and retries the operation. ({@code async:} is interrupt-safe too, but
 * reads through it made a 50,000-claim CSV export 2.5 times slower: BENCHMARKS.md.)
 */
class H2InterruptTest {

    @TempDir
    Path dir;

    @Test
    void shouldShipAnInterruptSafeFileUrlKeepingTheDataFileName() throws Exception {
        String url = shippedUrl();
        assertTrue(url.startsWith("jdbc:h2:retry:./data/quotedesk;"),
                "the default H2 URL should open ./data/quotedesk through the retry: file system, was " + url);
        assertTrue(url.contains("WRITE_DELAY=0"), "commits must still reach the file before the answer: " + url);
    }

    @Test
    void shouldKeepTheShippedDatabaseWorkingAfterAThreadIsInterruptedMidWrite() throws Exception {
        String url = shippedUrl().replace("./data/quotedesk", dir.resolve("quotedesk").toString());
        interruptAWriter(url);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(2, count(c), "the row committed before the interrupt and the one after it");
        }
    }

    @Test
    void shouldReproduceThePlainFileUrlClosingTheDatabase() throws Exception {
        // The failure the fix is for: the same steps on the old URL leave the database unusable
        String url = "jdbc:h2:file:" + dir.resolve("plain") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
            setUp(keepOpen);
            assertThrows(SQLException.class, () -> writeInterrupted(url));
            assertThrows(SQLException.class, () -> insert(keepOpen, 2),
                    "the old URL was expected to close the database after an interrupt");
        }
    }

    private static void interruptAWriter(String url) throws Exception {
        try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
            setUp(keepOpen);
            try {
                writeInterrupted(url);
            } catch (SQLException expectedOrNot) {
                // the interrupted statement itself may fail; what matters is everyone else
            }
            insert(keepOpen, 2);
            assertEquals(2, count(keepOpen), "a second connection keeps reading and writing");
        }
    }

    /** Writes and commits with the interrupt flag set, as a thread the reaper interrupted would. */
    private static void writeInterrupted(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("insert into t(id, v) select x + 100, repeat('y', 2000) from system_range(1, 2000)");
                Thread.currentThread().interrupt();
                s.execute("delete from t where id > 100");
                c.commit();
            }
        } finally {
            Thread.interrupted();
        }
    }

    private static void setUp(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table t(id int primary key, v varchar(4000))");
        }
        insert(c, 1);
    }

    private static void insert(Connection c, int id) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into t(id, v) values (" + id + ", 'x')");
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from t where id < 100")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String shippedUrl() throws Exception {
        Properties p = new Properties();
        try (InputStream in = H2InterruptTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty("quarkus.datasource.jdbc.url");
    }
}
