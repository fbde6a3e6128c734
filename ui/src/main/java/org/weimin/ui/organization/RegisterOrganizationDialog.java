package org.weimin.ui.organization;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.weimin.identity.model.Caller;
import org.weimin.organization.application.OrganizationRegistry;
import org.weimin.organization.application.OrganizationTypeView;
import org.weimin.organization.application.OrganizationView;
import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.plugin.model.PluginFailureException;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.ui.shell.SchemaForm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Registers an organisation: choose its type, and the type's own form appears. */
class RegisterOrganizationDialog extends Dialog {

    private final Div attributes = new Div();
    private final Paragraph problem = new Paragraph();
    private SchemaForm form;

    RegisterOrganizationDialog(OrganizationRegistry registry, org.weimin.tenancy.model.CommunityId community, Caller caller,
                               List<OrganizationTypeView> types, Consumer<OrganizationView> onRegistered) {
        setHeaderTitle(getTranslation("organizations.register"));
        setWidth("min(720px, 95vw)");
        Select<OrganizationTypeView> type = new Select<>();
        type.setId("organization-type");
        type.setLabel(getTranslation("organizations.column.type"));
        type.setItems(types);
        type.setItemLabelGenerator(t -> t.name().in(getLocale()));
        TextField name = new TextField(getTranslation("organizations.column.name"));
        name.setId("organization-name");
        name.setWidthFull();
        type.addValueChangeListener(chosen -> showForm(chosen.getValue()));
        type.setValue(types.get(0));
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(type, name, attributes, problem);

        Button save = new Button(getTranslation("organizations.save"), click -> {
            problem.setText("");
            name.setInvalid(false);
            try {
                OrganizationView created = registry.register(community, caller, type.getValue().typeId(), name.getValue(),
                        form.values());
                onRegistered.accept(created);
                close();
            } catch (InvalidSettingsException e) {
                problem.setText(String.join("; ", form.showErrors(e.errors(), getLocale())));
            } catch (InvalidInputException | ConflictException e) {
                name.setErrorMessage(e.getMessage());
                name.setInvalid(true);
            } catch (PluginFailureException e) {
                problem.setText(e.getMessage());
            }
        });
        save.setId("save-organization");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("create.cancel"), click -> close()), save);
    }

    private void showForm(OrganizationTypeView type) {
        attributes.removeAll();
        form = new SchemaForm(type.attributes(), Map.of(), getLocale());
        attributes.add(form);
    }
}
