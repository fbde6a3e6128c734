package org.weimin.shared;

/**
 * Work a context does when the platform starts, after the schema is up to date. Each context offers its own
 * steps; the platform runs them in their order and is ready when all have run.
 */
public interface StartupStep {

    /** Lower runs first: plugins (10) before the communities' configuration that enables them (20), jobs last. */
    int order();

    void run() throws Exception;
}
