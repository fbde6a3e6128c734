package org.weimin.tenancy.application;

import java.util.Optional;
import java.util.function.Supplier;

import org.weimin.tenancy.model.CommunityId;

/**
 * The one place that says which community the current thread works for. Requests set it in a filter,
 * views and background work set it through {@link #callAs}; persistence reads it and fails when it is
 * not set, so no code path can silently fall back to some community.
 */
public final class TenantScope {

    /** Marks platform-level work (the community registry, platform accounts): it sees no community's rows. */
    public static final String PLATFORM = "~platform";

    /**
     * What persistence sees when no scope was opened. Sessions may be created with it (the container does so
     * at deployment), but no connection is ever handed out for it.
     */
    public static final String UNSET = "~unset";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    public static <T> T callAs(CommunityId community, Supplier<T> work) {
        return within(community.value(), work);
    }

    public static void runAs(CommunityId community, Runnable work) {
        within(community.value(), () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAsPlatform(Supplier<T> work) {
        return within(PLATFORM, work);
    }

    public static void runAsPlatform(Runnable work) {
        within(PLATFORM, () -> {
            work.run();
            return null;
        });
    }

    /** The community the thread works for, empty for platform-level work or when nothing is set. */
    public static Optional<CommunityId> currentCommunity() {
        String value = CURRENT.get();
        return value == null || PLATFORM.equals(value) ? Optional.empty() : Optional.of(new CommunityId(value));
    }

    /** The raw scope for the persistence layer: the community id, {@link #PLATFORM} or {@link #UNSET}. */
    public static String persistenceScope() {
        String value = CURRENT.get();
        return value == null ? UNSET : value;
    }

    private static <T> T within(String scope, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static final class NoTenantScopeException extends IllegalStateException {
        public NoTenantScopeException() {
            super("no community scope is open on this thread: wrap the work in TenantScope.callAs or callAsPlatform");
        }
    }
}
