package org.weimin.ui.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The suite's database reached directly, as someone with the database owner's rights would: to change a stored row
 * behind the platform's back and see that the platform notices.
 */
final class StoredRows {

    private StoredRows() {
    }

    /** Runs one update in the community's rows (row-level security applies to the owner too) and says how many it changed. */
    static int update(String community, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect()) {
            if (onPostgresql()) {
                try (PreparedStatement tenant = connection.prepareStatement("select set_config('app.tenant', ?, false)")) {
                    tenant.setString(1, community);
                    tenant.execute();
                }
            }
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(i + 1, parameters[i]);
                }
                return update.executeUpdate();
            }
        }
    }

    private static boolean onPostgresql() {
        return "PostgreSQL".equals(System.getProperty("weimin.it.database"));
    }

    private static Connection connect() throws SQLException {
        if (onPostgresql()) {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("weimin.test-pg-port") + "/weimin",
                    "weimin_owner", "owner-secret");
        }
        return DriverManager.getConnection("jdbc:h2:file:" + System.getProperty("weimin.test-data-dir") + "/db/weimin;AUTO_SERVER=TRUE",
                "weimin", "weimin");
    }
}
