package io.statusdashboard.web.platform.security;

import io.statusdashboard.web.platform.database.DashboardDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** The shared secrets in the table {@code sdb_shared_secret}, each statement in its own transaction. */
@ApplicationScoped
public class DatabaseSecretStore implements SecretStore {

    /** PostgreSQL's and H2's unique violation: another instance stored the name first. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    @DashboardDatabase
    private DataSource dataSource;

    @Override
    public Kept keptOrOffered(String name, Supplier<String> offer) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> kept = read(connection, name);
            if (kept.isPresent()) {
                return new Kept(kept.get(), false);
            }
            String offered = offer.get();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sdb_shared_secret (name, value) SELECT ?, ?"
                            + " WHERE NOT EXISTS (SELECT 1 FROM sdb_shared_secret WHERE name = ?)")) {
                insert.setString(1, name);
                insert.setString(2, offered);
                insert.setString(3, name);
                if (insert.executeUpdate() == 1) {
                    return new Kept(offered, true);
                }
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            return new Kept(read(connection, name).orElseThrow(), false);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or keep the shared secret '" + name + "' in the database", e);
        }
    }

    @Override
    public boolean replace(String name, String expected, String value) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE sdb_shared_secret SET value = ? WHERE name = ? AND value = ?")) {
            update.setString(1, value);
            update.setString(2, name);
            update.setString(3, expected);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot replace the shared secret '" + name + "' in the database", e);
        }
    }

    private static Optional<String> read(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM sdb_shared_secret WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }
}
