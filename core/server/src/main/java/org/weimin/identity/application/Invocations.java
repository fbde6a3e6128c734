package org.weimin.identity.application;

import jakarta.interceptor.InvocationContext;

/** Lets an interceptor run the rest of the chain inside a scope's supplier: use cases throw no checked exceptions. */
final class Invocations {

    private Invocations() {
    }

    static Object proceed(InvocationContext invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
