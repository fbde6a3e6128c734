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

    @Inject
    PlatformStartup startup;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database").withData("migrated", startup.isReady());
        if (startup.failure() != null) {
            response.withData("startupFailure", startup.failure());
        }
        try (Connection connection = ((DataSource) new InitialContext().lookup(Database.JNDI_NAME)).getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("database", connection.getMetaData().getDatabaseProductName());
            return response.status(valid && startup.isReady()).build();
        } catch (SQLException | NamingException e) {
            return response.withData("error", e.getMessage()).down().build();
        }
    }
}
