package org.weimin.plugin.infrastructure;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pf4j.DefaultPluginManager;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;
import org.weimin.plugin.application.InstalledPlugins;
import org.weimin.plugin.model.PluginRecord;
import org.weimin.plugin.model.PluginState;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.spi.SpiVersion;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs the pf4j plugins: built-in ones shipped with the platform and ones the administrator installs.
 * Plugin code never runs on a request thread directly: every call goes through {@link #call} with a time
 * limit. A feature whose class cannot be loaded or described is failed for every community; a call that
 * throws or hangs fails that call, for that community, while the platform and every other community carry on.
 */
@ApplicationScoped
public class PluginHost implements InstalledPlugins {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());
    private static final String BUILT_IN = "built-in";
    private static final String INSTALLED = "installed";
    private static final java.util.regex.Pattern SEMANTIC_VERSION =
            java.util.regex.Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    @Inject
    @ConfigProperty(name = "weimin.plugins.builtin-dir")
    Optional<String> builtInDir;

    @Inject
    @ConfigProperty(name = "weimin.data-dir", defaultValue = "data")
    String dataDir;

    @Inject
    FeatureRegistry registry;

    private final Map<String, Loaded> plugins = new ConcurrentHashMap<>();
    private final Map<String, PluginRecord> unloadable = new ConcurrentHashMap<>();
    private PluginManager manager;

    /** A plugin the host knows, whatever its state. */
    private record Loaded(String pluginId, Path file, String source, PluginState state, String failure) {
        Loaded with(PluginState newState, String newFailure) {
            return new Loaded(pluginId, file, source, newState, newFailure);
        }
    }

    public synchronized void start() {
        manager = new HostPluginManager(installedDir());
        manager.setSystemVersion(SpiVersion.CURRENT);
        builtInDir.filter(d -> !d.isBlank()).ifPresent(dir -> loadFolder(Path.of(dir), BUILT_IN));
        loadFolder(installedDir(), INSTALLED);
        LOG.info(() -> "plugins: " + plugins.size() + " known, " + registry.available() + " features available");
    }

    @PreDestroy
    void shutdown() {
        if (manager != null) {
            manager.stopPlugins();
        }
    }

    private Path installedDir() {
        return Path.of(dataDir, "plugins");
    }

    private void loadFolder(Path folder, String source) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(f -> load(f, source));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list plugin folder " + folder, e);
        }
    }

    /** Loads and starts one plugin jar, recording whatever goes wrong; returns its id, if it has one. */
    private Optional<String> load(Path file, String source) {
        String pluginId;
        try {
            pluginId = manager.loadPlugin(file);
        } catch (RuntimeException e) {
            String reason = "cannot be loaded: " + rootMessage(e);
            LOG.warning(() -> "plugin " + file.getFileName() + " " + reason);
            unloadable.put(file.getFileName().toString(), new PluginRecord(file.getFileName().toString(),
                    file.getFileName().toString(), source, null, null, null, null, PluginState.FAILED, reason, List.of()));
            return Optional.empty();
        }
        unloadable.remove(file.getFileName().toString());
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        String version = wrapper.getDescriptor().getVersion();
        if (version == null || !SEMANTIC_VERSION.matcher(version).matches()) {
            manager.unloadPlugin(pluginId);
            String reason = "cannot be loaded: Plugin-Version '" + version + "' is not a version like 1.2.0";
            unloadable.put(file.getFileName().toString(), new PluginRecord(pluginId, file.getFileName().toString(),
                    source, version, null, null, null, PluginState.FAILED, reason, List.of()));
            return Optional.empty();
        }
        String requires = wrapper.getDescriptor().getRequires();
        if (!manager.getVersionManager().checkVersionConstraint(SpiVersion.CURRENT, requires)) {
            String reason = "needs SPI " + requires + ", this platform provides " + SpiVersion.CURRENT;
            plugins.put(pluginId, new Loaded(pluginId, file, source, PluginState.INCOMPATIBLE, reason));
            LOG.warning(() -> "plugin " + pluginId + " not started: " + reason);
            return Optional.of(pluginId);
        }
        Optional<String> network = NetworkUseScanner.scan(file);
        if (network.isPresent()) {
            String reason = "opens network connections of its own (" + network.get()
                    + "); plugins call out through PluginContext.httpClient()";
            plugins.put(pluginId, new Loaded(pluginId, file, source, PluginState.INCOMPATIBLE, reason));
            LOG.warning(() -> "plugin " + pluginId + " not started: " + reason);
            return Optional.of(pluginId);
        }
        plugins.put(pluginId, new Loaded(pluginId, file, source, PluginState.STOPPED, null));
        startPlugin(pluginId);
        return Optional.of(pluginId);
    }

    private void startPlugin(String pluginId) {
        try {
            org.pf4j.PluginState state = manager.startPlugin(pluginId);
            if (state != org.pf4j.PluginState.STARTED) {
                Throwable failure = manager.getPlugin(pluginId).getFailedException();
                fail(pluginId, failure == null ? "did not start (" + state + ")" : "start failed: " + rootMessage(failure));
                return;
            }
        } catch (RuntimeException | LinkageError e) {
            fail(pluginId, "start failed: " + rootMessage(e));
            return;
        }
        plugins.computeIfPresent(pluginId, (id, loaded) -> loaded.with(PluginState.STARTED, null));
        registry.register(pluginId, List.copyOf(manager.getExtensionClasses(pluginId)));
    }

    private void fail(String pluginId, String reason) {
        registry.changed();
        LOG.warning(() -> "plugin " + pluginId + " failed: " + reason);
        plugins.computeIfPresent(pluginId, (id, loaded) -> loaded.with(PluginState.FAILED, reason));
        try {
            manager.stopPlugin(pluginId);
        } catch (RuntimeException ignored) {
            // A plugin that failed to start may also fail to stop; it is marked failed either way.
        }
    }

    /** Every plugin the host knows, with its state, failure and features. */
    @Override
    public List<PluginRecord> plugins() {
        List<PluginRecord> all = new ArrayList<>();
        for (Loaded loaded : plugins.values()) {
            PluginWrapper wrapper = loaded.state() == PluginState.UNLOADED ? null : manager.getPlugin(loaded.pluginId());
            var descriptor = wrapper == null ? null : wrapper.getDescriptor();
            List<PluginRecord.FeatureStatus> statuses = registry.statusesOf(loaded.pluginId());
            all.add(new PluginRecord(loaded.pluginId(), loaded.file().getFileName().toString(), loaded.source(),
                    descriptor == null ? null : descriptor.getVersion(), descriptor == null ? null : descriptor.getProvider(),
                    descriptor == null ? null : descriptor.getPluginDescription(),
                    descriptor == null ? null : descriptor.getRequires(), loaded.state(), loaded.failure(), statuses));
        }
        all.addAll(unloadable.values());
        all.sort(Comparator.comparing(PluginRecord::pluginId));
        return all;
    }

    /** Failures by plugin or feature, for health reporting. */
    public Map<String, String> failures() {
        Map<String, String> failures = new LinkedHashMap<>();
        plugins().forEach(p -> {
            if (p.failure() != null) {
                failures.put(p.pluginId(), p.failure());
            }
            p.features().stream().filter(f -> f.failure() != null).forEach(f -> failures.put(f.featureId(), f.failure()));
        });
        return failures;
    }

    /** Installs an uploaded plugin jar and starts it; nothing changes when the jar is refused. */
    @Override
    public synchronized PluginRecord install(String fileName, byte[] jar) {
        String safeName = fileName == null ? "" : Path.of(fileName).getFileName().toString();
        if (!safeName.matches("[A-Za-z0-9._-]{1,100}\\.jar")) {
            throw new InvalidInputException("fileName", "give the plugin file a name like my-plugin-1.0.0.jar");
        }
        String pluginId = manifestPluginId(jar);
        if (plugins.containsKey(pluginId)) {
            throw new ConflictException("a plugin with id '" + pluginId + "' is already installed; unload it first");
        }
        Path target = installedDir().resolve(safeName);
        if (Files.exists(target)) {
            throw new ConflictException("a plugin file named " + safeName + " is already installed");
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload", ".part");
            Files.write(temporary, jar);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot store the plugin file: " + e.getMessage(), e);
        }
        Optional<String> loaded = load(target, INSTALLED);
        if (loaded.isEmpty()) {
            String reason = unloadable.remove(safeName).failure();
            deleteQuietly(target);
            throw new InvalidInputException("file", "the plugin " + reason);
        }
        LOG.info(() -> "plugin " + pluginId + " installed from " + safeName);
        return record(loaded.get());
    }

    private static String manifestPluginId(byte[] jar) {
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            Manifest manifest = in.getManifest();
            if (manifest == null) {
                throw new InvalidInputException("file", "not a plugin: the jar has no manifest");
            }
            String id = manifest.getMainAttributes().getValue("Plugin-Id");
            if (id == null || id.isBlank()) {
                throw new InvalidInputException("file", "not a plugin: the manifest names no Plugin-Id");
            }
            String version = manifest.getMainAttributes().getValue("Plugin-Version");
            if (version == null || !SEMANTIC_VERSION.matcher(version.strip()).matches()) {
                throw new InvalidInputException("file", "the plugin " + id + " cannot be loaded: Plugin-Version '"
                        + version + "' is not a version like 1.2.0");
            }
            return id.strip();
        } catch (IOException e) {
            throw new InvalidInputException("file", "not a jar file: " + e.getMessage());
        }
    }

    @Override
    public synchronized PluginRecord startPluginById(String pluginId) {
        Loaded loaded = known(pluginId);
        if (loaded.state() == PluginState.STARTED) {
            throw new ConflictException("plugin " + pluginId + " is already started");
        }
        if (loaded.state() == PluginState.UNLOADED) {
            throw new ConflictException("plugin " + pluginId + " is unloaded; reload it");
        }
        if (loaded.state() == PluginState.INCOMPATIBLE) {
            throw new ConflictException("plugin " + pluginId + " " + loaded.failure());
        }
        startPlugin(pluginId);
        return record(pluginId);
    }

    @Override
    public synchronized PluginRecord stop(String pluginId) {
        Loaded loaded = known(pluginId);
        if (loaded.state() != PluginState.STARTED) {
            throw new ConflictException("plugin " + pluginId + " is not running");
        }
        registry.forget(pluginId);
        try {
            manager.stopPlugin(pluginId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "plugin " + pluginId + " failed while stopping", e);
        }
        plugins.put(pluginId, loaded.with(PluginState.STOPPED, null));
        return record(pluginId);
    }

    @Override
    public synchronized PluginRecord unload(String pluginId) {
        Loaded loaded = known(pluginId);
        if (loaded.state() == PluginState.UNLOADED) {
            throw new ConflictException("plugin " + pluginId + " is already unloaded");
        }
        registry.forget(pluginId);
        try {
            manager.unloadPlugin(pluginId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "plugin " + pluginId + " failed while unloading", e);
        }
        plugins.put(pluginId, loaded.with(PluginState.UNLOADED, null));
        return record(pluginId);
    }

    /** Loads the plugin's jar again (picking up a replaced file) and starts it. */
    @Override
    public synchronized PluginRecord reload(String pluginId) {
        Loaded loaded = known(pluginId);
        if (loaded.state() != PluginState.UNLOADED) {
            unload(pluginId);
        }
        plugins.remove(pluginId);
        Optional<String> reloaded = load(loaded.file(), loaded.source());
        if (reloaded.isEmpty()) {
            String reason = unloadable.get(loaded.file().getFileName().toString()).failure();
            plugins.put(pluginId, loaded.with(PluginState.FAILED, reason));
        }
        return record(reloaded.orElse(pluginId));
    }

    private Loaded known(String pluginId) {
        Loaded loaded = plugins.get(pluginId);
        if (loaded == null) {
            throw new org.weimin.shared.NotFoundException("no plugin '" + pluginId + "'");
        }
        return loaded;
    }

    private PluginRecord record(String pluginId) {
        return plugins().stream().filter(p -> p.pluginId().equals(pluginId)).findFirst().orElseThrow();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file, e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // People read this on the features and plugins pages: the plugin's own words, the kind of failure only without them.
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    /** pf4j as this platform uses it: a plugin without a Plugin-Class gets a plain Plugin, so vendors need none. */
    private static final class HostPluginManager extends DefaultPluginManager {

        HostPluginManager(Path installed) {
            super(List.of(installed));
        }

        /** Like pf4j's own factory, but a failing constructor is reported with its reason instead of swallowed. */
        @Override
        protected PluginFactory createPluginFactory() {
            return wrapper -> {
                String pluginClass = wrapper.getDescriptor().getPluginClass();
                if (pluginClass == null || pluginClass.isBlank() || Plugin.class.getName().equals(pluginClass)) {
                    return new Plugin() {
                    };
                }
                try {
                    Class<?> type = wrapper.getPluginClassLoader().loadClass(pluginClass);
                    if (!Plugin.class.isAssignableFrom(type)) {
                        throw new PluginRuntimeException("Plugin-Class {} does not extend org.pf4j.Plugin", pluginClass);
                    }
                    try {
                        return (Plugin) type.getConstructor(PluginWrapper.class).newInstance(wrapper);
                    } catch (NoSuchMethodException noWrapperConstructor) {
                        return (Plugin) type.getConstructor().newInstance();
                    }
                } catch (InvocationTargetException e) {
                    throw new PluginRuntimeException(e.getCause(), "the constructor of {} failed", pluginClass);
                } catch (ReflectiveOperationException e) {
                    throw new PluginRuntimeException(e, "cannot create the plugin class {}", pluginClass);
                }
            };
        }
    }
}
