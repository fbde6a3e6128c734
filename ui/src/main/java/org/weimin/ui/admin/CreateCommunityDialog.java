package org.weimin.ui.admin;

import java.util.Map;
import java.util.function.Consumer;

import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.NewCommunity;
import org.weimin.tenancy.model.Community;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** A form for a new community; each field shows its own error in plain words. */
class CreateCommunityDialog extends Dialog {

    private final TextField id = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField city = new TextField();
    private final TextField district = new TextField();
    private final TextField subDistrict = new TextField();
    private final IntegerField households = new IntegerField();
    private final IntegerField residents = new IntegerField();
    private final Paragraph error = new Paragraph();

    CreateCommunityDialog(CommunityAdministration communities, String actor, Consumer<Community> onCreated) {
        setHeaderTitle(getTranslation("create.title"));
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("id", id, "nameZh", nameZh,
                "nameEn", nameEn, "city", city, "district", district, "subDistrict", subDistrict,
                "households", households, "residents", residents);
        label(id, "create.id", "community-id");
        id.setHelperText(getTranslation("create.id.help"));
        label(nameZh, "create.name-zh", "community-name-zh");
        label(nameEn, "create.name-en", "community-name-en");
        label(city, "create.city", "community-city");
        label(district, "create.district", "community-district");
        label(subDistrict, "create.sub-district", "community-sub-district");
        households.setLabel(getTranslation("create.households"));
        households.setId("community-households");
        residents.setLabel(getTranslation("create.residents"));
        residents.setId("community-residents");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        FormLayout form = new FormLayout(id, nameZh, nameEn, city, district, subDistrict, households, residents);
        add(form, error);

        Button save = new Button(getTranslation("create.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            error.setText("");
            try {
                Community created = communities.create(new NewCommunity(id.getValue().strip(), nameZh.getValue(),
                        nameEn.getValue(), city.getValue(), district.getValue(), subDistrict.getValue(), "zh-CN",
                        "Asia/Shanghai", households.getValue(), residents.getValue()), actor);
                onCreated.accept(created);
                close();
            } catch (InvalidInputException e) {
                var field = fields.get(e.field());
                if (field != null) {
                    field.setErrorMessage(e.getMessage());
                    field.setInvalid(true);
                } else {
                    error.setText(e.getMessage());
                }
            } catch (ConflictException e) {
                id.setErrorMessage(e.getMessage());
                id.setInvalid(true);
            }
        });
        save.setId("save-community");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("create.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void label(TextField field, String key, String elementId) {
        field.setLabel(getTranslation(key));
        field.setId(elementId);
    }
}
