package org.weimin.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.hibernate.HibernateException;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.service.spi.Configurable;
import org.weimin.tenancy.application.TenantScope;

/**
 * Hands Hibernate connections that carry the current community in the PostgreSQL setting
 * {@code app.tenant}, which the row-level security policies compare with each row's tenant_id. Inside a
 * transaction (the normal case) the setting is transaction-local, so PostgreSQL itself drops it at commit
 * or rollback and no reset round trip is needed; a connection used outside a transaction gets a session
 * setting that is cleared when Hibernate gives it back. Either way a pooled connection never carries one
 * community into another's work. On H2 the connections pass through unchanged.
 */
public class TenantSettingConnectionProvider implements MultiTenantConnectionProvider<String>, Configurable {

    private static final String SET_TENANT = "select set_config('app.tenant', ?, ?)";

    private transient DataSource dataSource;
    private transient Object dataSourceSetting;
    private volatile Boolean postgres;
    private final java.util.Set<Connection> sessionWide = java.util.Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());

    @Override
    public void configure(Map<String, Object> settings) {
        dataSourceSetting = settings.get(AvailableSettings.JAKARTA_JTA_DATASOURCE);
        if (dataSourceSetting == null) {
            dataSourceSetting = settings.get(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE);
        }
        if (dataSourceSetting == null) {
            throw new HibernateException("the persistence unit names no data source");
        }
    }

    private DataSource dataSource() {
        if (dataSource == null) {
            if (dataSourceSetting instanceof DataSource given) {
                dataSource = given;
            } else {
                try {
                    dataSource = (DataSource) new InitialContext().lookup(dataSourceSetting.toString());
                } catch (NamingException e) {
                    throw new HibernateException("data source not found: " + dataSourceSetting, e);
                }
            }
        }
        return dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource().getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        if (TenantScope.UNSET.equals(tenantIdentifier)) {
            throw new TenantScope.NoTenantScopeException();
        }
        Connection connection = getAnyConnection();
        try {
            if (isPostgres(connection)) {
                boolean inTransaction = !connection.getAutoCommit();
                setTenant(connection, tenantIdentifier, inTransaction);
                if (!inTransaction) {
                    sessionWide.add(connection);
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try {
            if (sessionWide.remove(connection)) {
                setTenant(connection, "", false);
            }
        } finally {
            connection.close();
        }
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        if (postgres == null) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        return postgres;
    }

    private static void setTenant(Connection connection, String tenant, boolean transactionLocal) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
            statement.setString(1, tenant);
            statement.setBoolean(2, transactionLocal);
            statement.execute();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return type.cast(this);
    }
}
