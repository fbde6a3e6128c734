package org.weimin.config.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.config.model.CommunityConfig;
import org.weimin.config.model.ConfigFileResult;
import org.weimin.config.model.ConfigProblem;
import org.weimin.config.model.PlatformConfig;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.model.PluginFailureException;
import org.weimin.spi.form.FieldError;
import org.weimin.tenancy.application.TenantScope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies {@code tenants-config/} at start-up and whenever the platform administrator reloads it. A file
 * with errors is rejected and reported with file, line and field; every other file still applies.
 */
@ApplicationScoped
public class TenantConfigService {

    private static final Logger LOG = Logger.getLogger(TenantConfigService.class.getName());

    @Inject
    @ConfigProperty(name = "weimin.tenants-dir", defaultValue = "tenants-config")
    String folder;

    @Inject
    ConfigApplier applier;

    @Inject
    CommunityFeatures features;

    @Inject
    ConfigFiles files;

    private final Clock clock = Clock.systemUTC();
    private volatile ConfigReport lastReport = ConfigReport.none();

    public synchronized ConfigReport applyAll() {
        Path dir = Path.of(folder).toAbsolutePath().normalize();
        List<ConfigReport.FileOutcome> outcomes = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            outcomes.add(rejected(new ConfigFileResult.Rejected<>(dir.toString(),
                    List.of(new ConfigProblem(dir.toString(), 0, "", "the configuration folder does not exist")))));
        } else {
            Path platformFile = files.platformFile(dir);
            if (Files.exists(platformFile)) {
                outcomes.add(applyPlatform(files.readPlatform(platformFile)));
            }
            try {
                for (Path file : files.communityFiles(dir)) {
                    outcomes.add(applyCommunity(files.readCommunity(file)));
                }
            } catch (IOException e) {
                outcomes.add(rejected(new ConfigFileResult.Rejected<>(dir.toString(),
                        List.of(new ConfigProblem(dir.toString(), 0, "", "cannot list the folder: " + e.getMessage())))));
            }
        }
        lastReport = new ConfigReport(clock.instant(), dir.toString(), outcomes);
        LOG.info(() -> "tenant configuration applied from " + dir + ": " + outcomes.size() + " files, "
                + lastReport.rejected() + " rejected");
        return lastReport;
    }

    public ConfigReport lastReport() {
        return lastReport;
    }

    private ConfigReport.FileOutcome applyCommunity(ConfigFileResult<CommunityConfig> result) {
        if (result instanceof ConfigFileResult.Accepted<CommunityConfig> accepted) {
            CommunityConfig config = accepted.config();
            List<ConfigProblem> pluginProblems = pluginProblems(config);
            if (!pluginProblems.isEmpty()) {
                return rejected(new ConfigFileResult.Rejected<>(result.file(), pluginProblems));
            }
            try {
                TenantScope.runAs(config.id(), () -> applier.applyCommunity(config));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "applying " + result.file() + " failed", e);
                return rejected(new ConfigFileResult.Rejected<>(result.file(), List.of(new ConfigProblem(
                        result.file(), 0, "", "could not be applied: " + rootMessage(e)))));
            }
            return new ConfigReport.FileOutcome(result.file(), ConfigReport.Status.APPLIED,
                    config.id() + ": " + config.grids().size() + " grids, " + config.householdCount() + " households, "
                            + config.residentCount() + " residents, " + config.accounts().size() + " accounts",
                    List.of());
        }
        return rejected((ConfigFileResult.Rejected<CommunityConfig>) result);
    }

    /** The plugin section (against the running plugins) and the deadlines are checked before anything is applied. */
    private List<ConfigProblem> pluginProblems(CommunityConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.deadlines() != null) {
            try {
                org.weimin.demand.application.DeadlineSettings.parse(config.deadlines());
            } catch (org.weimin.plugin.application.InvalidSettingsException e) {
                e.errors().forEach(error -> problems.add(new ConfigProblem(config.file(), config.deadlinesLine(),
                        "deadlines." + error.field(), error.message().en())));
            }
        }
        for (CommunityConfig.PluginSpec plugin : config.plugins()) {
            String base = "plugins." + plugin.featureId();
            try {
                for (FieldError error : features.problemsOf(config.id(), plugin.featureId(), ConfigApplier.withSecrets(plugin))) {
                    problems.add(new ConfigProblem(config.file(), plugin.line(),
                            error.field().isEmpty() ? base : base + ".settings." + error.field(), error.message().en()));
                }
            } catch (PluginFailureException e) {
                problems.add(new ConfigProblem(config.file(), plugin.line(), base, e.getMessage()));
            }
        }
        return problems;
    }

    private ConfigReport.FileOutcome applyPlatform(ConfigFileResult<PlatformConfig> result) {
        if (result instanceof ConfigFileResult.Accepted<PlatformConfig> accepted) {
            try {
                TenantScope.runAsPlatform(() -> applier.applyPlatform(accepted.config()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "applying " + result.file() + " failed", e);
                return rejected(new ConfigFileResult.Rejected<>(result.file(), List.of(new ConfigProblem(
                        result.file(), 0, "", "could not be applied: " + rootMessage(e)))));
            }
            return new ConfigReport.FileOutcome(result.file(), ConfigReport.Status.APPLIED,
                    accepted.config().accounts().size() + " platform accounts", List.of());
        }
        return rejected((ConfigFileResult.Rejected<?>) result);
    }

    private static ConfigReport.FileOutcome rejected(ConfigFileResult.Rejected<?> rejected) {
        rejected.problems().forEach(p -> LOG.warning(() -> "tenant configuration rejected: " + p));
        return new ConfigReport.FileOutcome(rejected.file(), ConfigReport.Status.REJECTED,
                rejected.problems().size() + " problems", rejected.problems());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
