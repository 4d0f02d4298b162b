package com.quotedesk.common;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Plain JDBC for the start-up checks (are there accounts? was this seed taken in?). Through Hibernate,
 * each was a session, a query and a JTA transaction that the service had to boot before it was ready
 * (≈ 360 classes more at readiness); the first request that needs them boots them now.
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** The single number a {@code select count(*) …} query answers, outside any transaction. */
    public static long count(DataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("start-up check failed: " + sql, e);
        }
    }
}
