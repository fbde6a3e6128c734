package org.weimin.platform.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool. Which database it reaches is configuration (MicroProfile Config:
 * system properties, environment variables, or the defaults in microprofile-config.properties): H2 in the
 * data folder by default, PostgreSQL in production.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=weimin.db.datasource-class}",
        url = "${MPCONFIG=weimin.db.url}",
        user = "${MPCONFIG=weimin.db.user}",
        password = "${MPCONFIG=weimin.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/weimin";
}
