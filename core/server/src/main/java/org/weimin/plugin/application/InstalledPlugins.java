package org.weimin.plugin.application;

import java.util.List;

import org.weimin.plugin.model.PluginRecord;

/**
 * The platform administrator's side of the plugin port: which plugins the platform knows and how they run,
 * and installing, stopping, starting, reloading and unloading them at run time.
 */
public interface InstalledPlugins {

    /** Every plugin, whatever its state, with its features and the communities whose calls into them failed. */
    List<PluginRecord> plugins();

    /** Installs an uploaded jar and starts it; nothing changes when the jar is refused. */
    PluginRecord install(String fileName, byte[] jar);

    PluginRecord startPluginById(String pluginId);

    PluginRecord stop(String pluginId);

    PluginRecord unload(String pluginId);

    PluginRecord reload(String pluginId);
}
