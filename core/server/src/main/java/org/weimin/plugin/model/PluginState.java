package org.weimin.plugin.model;

/** Where an installed plugin stands, as the administrator sees it. */
public enum PluginState {
    /** Running; its healthy features can be enabled by communities. */
    STARTED,
    /** Loaded but stopped by the administrator; its features are off everywhere. */
    STOPPED,
    /** Taken out of the running platform; its jar is kept and can be loaded again. */
    UNLOADED,
    /** Needs another SPI version than this platform provides; not started. */
    INCOMPATIBLE,
    /** Could not be loaded or started; the failure says why. */
    FAILED
}
