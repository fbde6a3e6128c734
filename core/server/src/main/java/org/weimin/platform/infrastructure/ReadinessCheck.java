package org.weimin.platform.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready once the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ReadinessCheck.class.getName());

    @Inject
    PlatformStartup startup;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database").withData("migrated", startup.isReady());
        if (startup.failure() != null) {
            response.withData("startupFailure", "see the server log");
        }
        try (Connection connection = ((DataSource) new InitialContext().lookup(Database.JNDI_NAME)).getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("database", connection.getMetaData().getDatabaseProductName());
            return response.status(valid && startup.isReady()).build();
        } catch (SQLException | NamingException e) {
            LOG.log(java.util.logging.Level.WARNING, "readiness: the database cannot be reached", e);
            return response.withData("error", "the database cannot be reached").down().build();
        }
    }
}
