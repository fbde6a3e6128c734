package org.weimin.tenancy.infrastructure;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.weimin.tenancy.application.TenantScope;

/**
 * Hands Hibernate the tenant of the current {@link TenantScope}. There is deliberately no default tenant:
 * without a scope Hibernate gets {@link TenantScope#UNSET}, for which {@link TenantSettingConnectionProvider}
 * refuses every connection, so unscoped work fails at its first database access.
 */
public class ScopedTenantResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantScope.persistenceScope();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
