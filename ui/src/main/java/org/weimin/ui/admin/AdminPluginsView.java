package org.weimin.ui.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.weimin.identity.model.Caller;
import org.weimin.plugin.application.InstalledPlugins;
import org.weimin.plugin.model.CallCircuit;
import org.weimin.plugin.model.PluginRecord;
import org.weimin.plugin.model.PluginState;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.ui.identity.SignedIn;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/** The platform administrator's plugins: what is installed, how it runs, why it failed; install and manage. */
@Route(value = "admin/plugins", layout = MainLayout.class)
public class AdminPluginsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InstalledPlugins host;
    private final Grid<PluginRecord> table = new Grid<>();

    @Inject
    public AdminPluginsView(InstalledPlugins host) {
        this.host = host;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.caller().filter(Caller::isPlatformAdmin).isEmpty()) {
            event.forwardTo("admin");
            return;
        }
        removeAll();
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("install-plugin");
        upload.setAcceptedFileTypes(".jar");
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setDropLabel(new Span(getTranslation("plugins.drop")));
        Button choose = new Button(getTranslation("plugins.choose-file"));
        upload.setUploadButton(choose);
        upload.addSucceededListener(done -> {
            try (InputStream in = buffer.getInputStream()) {
                PluginRecord installed = host.install(done.getFileName(), in.readAllBytes());
                Notifications.success(getTranslation("plugins.installed", installed.pluginId(), status(installed.state())));
            } catch (InvalidInputException | ConflictException e) {
                Notifications.error(e.getMessage());
            } catch (IOException e) {
                Notifications.error(getTranslation("plugins.upload-failed"));
            }
            upload.clearFileList();
            refresh();
        });

        table.setId("plugins");
        table.addColumn(PluginRecord::pluginId).setHeader(getTranslation("plugins.column.id")).setAutoWidth(true);
        table.addColumn(PluginRecord::version).setHeader(getTranslation("plugins.column.version")).setAutoWidth(true);
        table.addColumn(p -> getTranslation("plugins.source." + p.source())).setHeader(getTranslation("plugins.column.source"));
        table.addComponentColumn(this::stateBadge).setHeader(getTranslation("plugins.column.state")).setAutoWidth(true);
        table.addComponentColumn(this::actions).setHeader(getTranslation("plugins.column.actions")).setAutoWidth(true);
        table.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        table.setAllRowsVisible(true);
        table.setEmptyStateText(getTranslation("plugins.empty"));
        add(AdminNavigation.create(), new H1(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.intro")),
                MainLayout.card(upload), MainLayout.card(table));
        refresh();
    }

    private Component stateBadge(PluginRecord plugin) {
        Span badge = new Span(status(plugin.state()));
        badge.getElement().getThemeList().add(plugin.state() == PluginState.STARTED ? "badge success"
                : plugin.state() == PluginState.STOPPED || plugin.state() == PluginState.UNLOADED ? "badge contrast" : "badge error");
        return badge;
    }

    private Component details(PluginRecord plugin) {
        VerticalLayout details = new VerticalLayout();
        details.setPadding(false);
        details.setSpacing(false);
        if (plugin.failure() != null) {
            Paragraph failure = new Paragraph(getTranslation("plugins.failure", plugin.failure()));
            failure.getStyle().set("color", "var(--lumo-error-text-color)");
            details.add(failure);
        }
        plugin.features().stream().filter(f -> f.failure() != null).forEach(f -> {
            Paragraph failure = new Paragraph(f.featureId() + ": " + f.failure());
            failure.getStyle().set("color", "var(--lumo-error-text-color)");
            details.add(failure);
        });
        plugin.features().forEach(f -> f.troubledCommunities().forEach((community, status) -> {
            Paragraph trouble = new Paragraph(getTranslation(status.state() == CallCircuit.State.WORKING
                    ? "plugins.community-failures" : "plugins.community-paused", f.featureId(), community,
                    status.failures(), status.lastError()));
            trouble.getStyle().set("color", "var(--lumo-error-text-color)");
            details.add(trouble);
        }));
        if (!plugin.features().isEmpty()) {
            com.vaadin.flow.component.orderedlayout.FlexLayout chips = new com.vaadin.flow.component.orderedlayout.FlexLayout();
            chips.setFlexWrap(com.vaadin.flow.component.orderedlayout.FlexLayout.FlexWrap.WRAP);
            chips.getStyle().set("gap", "var(--lumo-space-xs)").set("margin", "var(--lumo-space-xs) 0");
            plugin.features().forEach(f -> {
                Span chip = new Span(f.name() == null ? f.featureId() : f.name().in(getLocale()));
                chip.getElement().getThemeList().add(f.failure() == null ? "badge contrast" : "badge error");
                chip.getElement().setAttribute("title", f.featureId());
                chips.add(chip);
            });
            details.add(chips);
        }
        // What the plugin does in the reader's language, from its features; the jar's one-language description otherwise.
        List<String> described = plugin.features().stream().filter(f -> f.description() != null)
                .map(f -> f.description().in(getLocale())).toList();
        String text = described.isEmpty() ? plugin.description() : String.join(" ", described);
        if (text != null) {
            Span description = new Span(text);
            description.getStyle().set("color", "var(--lumo-secondary-text-color)");
            details.add(description);
        }
        return details;
    }

    private Component actions(PluginRecord plugin) {
        HorizontalLayout actions = new HorizontalLayout();
        String id = plugin.pluginId();
        switch (plugin.state()) {
            case STARTED -> actions.add(action("plugins.stop", "stop-" + id, () -> host.stop(id)));
            case STOPPED -> actions.add(action("plugins.start", "start-" + id, () -> host.startPluginById(id)));
            default -> {
            }
        }
        if (plugin.version() != null) {
            actions.add(action("plugins.reload", "reload-" + id, () -> host.reload(id)));
            // A built-in plugin comes back with the next start: it can be stopped, not removed.
            if (plugin.state() != PluginState.UNLOADED && !"built-in".equals(plugin.source())) {
                actions.add(action("plugins.unload", "unload-" + id, () -> host.unload(id)));
            }
        }
        return actions;
    }

    private Button action(String key, String id, Runnable work) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                work.run();
            } catch (ConflictException e) {
                Notifications.error(e.getMessage());
            }
            refresh();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private String status(PluginState state) {
        return getTranslation("plugin-state." + state.name());
    }

    private void refresh() {
        var plugins = host.plugins();
        table.setItems(plugins);
        plugins.forEach(p -> table.setDetailsVisible(p, true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title");
    }
}
