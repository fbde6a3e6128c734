package org.weimin.ui.benchmark;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL with the production roles (an owner that migrates, an application role under
 * row-level security) before Payara Micro boots the real WAR against it: for the benchmark, and for the
 * in-container tests' second run on PostgreSQL.
 */
@ArquillianSuiteDeployment
public class PostgresDeployment {

    static EmbeddedPostgres postgres;

    @Deployment(testable = false)
    public static WebArchive platform() throws IOException, SQLException {
        org.weimin.ui.it.PlatformDeployment.freshDataDir();
        postgres = startWithProductionRoles(Integer.getInteger("weimin.test-pg-port"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("weimin.war")));
    }

    /** A PostgreSQL on the port with the database weimin, its owner weimin_owner and the application role weimin_app. */
    public static EmbeddedPostgres startWithProductionRoles(int port) throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE weimin_owner LOGIN PASSWORD 'owner-secret'");
            sql.execute("CREATE ROLE weimin_app LOGIN PASSWORD 'app-secret'");
            sql.execute("CREATE DATABASE weimin OWNER weimin_owner");
        }
        try (Connection admin = postgres.getDatabase("postgres", "weimin").getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("ALTER SCHEMA public OWNER TO weimin_owner");
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
        return postgres;
    }
}
