package org.weimin.identity.application;

import org.weimin.tenancy.application.TenantScope;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Opens the platform scope around a {@link PlatformWide} method, before its transaction begins. */
@PlatformWide
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class PlatformWideInterceptor {

    @AroundInvoke
    public Object asPlatform(InvocationContext invocation) {
        return TenantScope.callAsPlatform(() -> Invocations.proceed(invocation));
    }
}
