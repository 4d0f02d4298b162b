package com.quotedesk.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.UUID;

/**
 * Many claims written straight into the database in one batch, for tests that need volumes the API
 * would take minutes to build; the same statements run on H2 and on PostgreSQL. Rows are machine-made
 * and unverified; close() sends the batch.
 */
public final class ClaimRows implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement insert;

    public ClaimRows(Connection connection) throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement("INSERT INTO claim (id, article_id, speaker_id, kind, quote, "
                + "quote_key, start_offset, end_offset, segment_index, cue, status, dismissed, flags, confidence, "
                + "origin, speaker_set_by, source_set_by, kind_set_by, span_set_by, created_at, version) "
                + "VALUES (?, ?, ?, 'DIRECT', ?, ?, ?, ?, 0, 'said', 'UNVERIFIED', ?, '', 1.0, 'MACHINE', 'MACHINE', "
                + "'MACHINE', 'MACHINE', 'MACHINE', CURRENT_TIMESTAMP, 0)");
    }

    public void speaker(long id, String name) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO speaker (id, name, name_key, type, created_at) VALUES (" + id + ", '"
                    + name + "', '" + name.toLowerCase(java.util.Locale.ROOT) + "', 'PERSON', CURRENT_TIMESTAMP)");
        }
    }

    public void article(long id, String title) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO article (id, title, language, body, content_hash, ingested_at, claim_count) "
                    + "VALUES (" + id + ", '" + title + "', 'en', 'x', 'claim-rows-" + UUID.randomUUID()
                    + "', CURRENT_TIMESTAMP, 0)");
        }
    }

    /** A claim two characters long at {@code start}; {@code speaker} may be null. */
    public void claim(long id, long article, Long speaker, int start, boolean dismissed) throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, article);
        if (speaker == null) {
            insert.setNull(3, Types.BIGINT);
        } else {
            insert.setLong(3, speaker);
        }
        insert.setString(4, "claim at " + start);
        insert.setString(5, "claim at " + start);
        insert.setInt(6, start);
        insert.setInt(7, start + 2);
        insert.setBoolean(8, dismissed);
        insert.addBatch();
    }

    @Override
    public void close() throws SQLException {
        try (insert) {
            insert.executeBatch();
        }
    }
}
