package org.weimin.identity.application;

import org.weimin.identity.model.Caller;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.CommunityId;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Opens the community's scope around an {@link InCommunity} use case. It runs before the transaction
 * interceptor (priority 200), so that the connection the transaction takes is already the community's.
 */
@InCommunity
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class InCommunityInterceptor {

    @Inject
    CommunityGate gate;

    @AroundInvoke
    public Object withinCommunity(InvocationContext invocation) throws Exception {
        CommunityId community = null;
        Caller caller = null;
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof CommunityId id && community == null) {
                community = id;
            } else if (parameter instanceof Caller person && caller == null) {
                caller = person;
            }
        }
        if (community == null) {
            throw new IllegalStateException(invocation.getMethod() + " is marked @InCommunity but names no community");
        }
        if (community.equals(TenantScope.currentCommunity().orElse(null))) {
            // Called from a use case of the same community: its access was decided when the scope opened.
            return invocation.proceed();
        }
        CommunityId scope = community;
        Caller asking = caller;
        return TenantScope.callAs(scope, () -> {
            if (asking != null) {
                gate.readable(scope, asking);
            }
            return Invocations.proceed(invocation);
        });
    }
}
