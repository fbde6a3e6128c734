package org.weimin.ui.shell;

/** A page that needs the whole width of a desktop screen: a workbench with many columns. */
public interface WidePage {
}
