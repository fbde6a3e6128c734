package org.weimin.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Theme(themeClass = Lumo.class)
public class AppShell implements AppShellConfigurator {
}
