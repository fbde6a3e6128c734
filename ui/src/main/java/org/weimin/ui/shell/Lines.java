package org.weimin.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled value in a detail view, punctuated as the reader's language does: "地点：3-2", "Where: 3-2". */
public final class Lines {

    private Lines() {
    }

    public static Div labelled(Component context, String label, String value) {
        Span name = new Span(context.getTranslation("layout.label", label));
        name.addClassName("label");
        Div line = new Div(name, new Span(value == null ? "" : value));
        line.addClassName("label-value");
        return line;
    }
}
