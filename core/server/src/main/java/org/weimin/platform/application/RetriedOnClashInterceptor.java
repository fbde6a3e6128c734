package org.weimin.platform.application;

import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs outside the community scope and the transaction, so that the second attempt gets a transaction of its own. */
@RetriedOnClash
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class RetriedOnClashInterceptor {

    @AroundInvoke
    public Object onceMoreOnClash(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            if (!violatesUniqueness(e)) {
                throw e;
            }
            return invocation.proceed();
        }
    }

    static boolean violatesUniqueness(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
