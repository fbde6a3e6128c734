package org.weimin.platform.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Runs the Liquibase changelog. It connects as the schema owner (on PostgreSQL a different role from the
 * one the application uses, so that row-level security applies to the application). A lock left behind by
 * a process killed mid-migration is released once it is older than the configured limit, with a warning
 * naming its holder; a younger lock is waited for, as another instance may be migrating right now.
 */
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private final String url;
    private final String user;
    private final String password;
    private final String applicationRole;
    private final Duration staleLockAge;

    public SchemaMigrator(String url, String user, String password, String applicationRole, Duration staleLockAge) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.applicationRole = applicationRole;
        this.staleLockAge = staleLockAge;
    }

    public void migrate() throws SQLException, LiquibaseException {
        Instant start = Instant.now();
        loadDriver();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            releaseStaleLock(database);
            Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader()), database);
            liquibase.setChangeLogParameter("appRole", applicationRole);
            liquibase.update(new Contexts(), new LabelExpression());
        }
        LOG.info(() -> "database schema up to date in " + Duration.between(start, Instant.now()).toMillis() + " ms");
    }

    /** Drivers inside a web application are not found by DriverManager until their class is loaded. */
    private void loadDriver() throws SQLException {
        String driver = url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver"
                : url.startsWith("jdbc:h2:") ? "org.h2.Driver" : null;
        if (driver == null) {
            throw new SQLException("unsupported database URL (H2 and PostgreSQL are supported): " + url);
        }
        try {
            Class.forName(driver, true, SchemaMigrator.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new SQLException("JDBC driver missing: " + driver, e);
        }
    }

    private void releaseStaleLock(Database database) throws LiquibaseException {
        LockService locks = LockServiceFactory.getInstance().getLockService(database);
        for (DatabaseChangeLogLock lock : locks.listLocks()) {
            Instant granted = lock.getLockGranted() == null ? Instant.EPOCH : lock.getLockGranted().toInstant();
            if (granted.plus(staleLockAge).isBefore(Instant.now())) {
                LOG.warning(() -> "releasing a stale schema migration lock held since " + granted + " by "
                        + lock.getLockedBy() + " (older than " + staleLockAge + "; its process is assumed dead)");
                locks.forceReleaseLock();
            }
        }
    }
}
