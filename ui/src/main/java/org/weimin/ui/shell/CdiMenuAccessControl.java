package org.weimin.ui.shell;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.server.auth.DefaultMenuAccessControl;

/** vaadin-cdi 15 cannot create Flow 24.9's menu access control by itself; this bean supplies it. */
@VaadinServiceEnabled
@VaadinServiceScoped
public class CdiMenuAccessControl extends DefaultMenuAccessControl {
}
