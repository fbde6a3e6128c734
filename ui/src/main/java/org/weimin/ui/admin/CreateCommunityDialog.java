package org.weimin.ui.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.weimin.identity.application.InviteFirstCadre;
import org.weimin.identity.model.Account;
import org.weimin.identity.model.Caller;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.NewCommunity;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.RegionPath;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A new community and its first cadre, so that the community is not a dead end: every problem is shown at its
 * field at once, in the reader's language; the region is chosen from those the platform has or typed; the cadre's
 * one-time password is shown once, when the community is made.
 */
class CreateCommunityDialog extends Dialog {

    private final TextField id = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final ComboBox<String> city = new ComboBox<>();
    private final ComboBox<String> district = new ComboBox<>();
    private final ComboBox<String> subDistrict = new ComboBox<>();
    private final IntegerField households = new IntegerField();
    private final IntegerField residents = new IntegerField();
    private final TextField cadreUsername = new TextField();
    private final TextField cadreName = new TextField();
    private final Paragraph error = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    CreateCommunityDialog(CommunityAdministration communities, InviteFirstCadre cadres, Caller administrator,
                          Consumer<Community> onCreated) {
        setHeaderTitle(getTranslation("create.title"));
        setWidth("min(760px, 96vw)");
        List<RegionPath> regions = communities.all().stream().map(Community::region).distinct().toList();
        text(id, "id", "create.id", "community-id");
        id.setHelperText(getTranslation("create.id.help"));
        text(nameZh, "nameZh", "create.name-zh", "community-name-zh");
        text(nameEn, "nameEn", "create.name-en", "community-name-en");
        region(city, "city", "create.city", "community-city", regions, RegionPath::city);
        region(district, "district", "create.district", "community-district", regions, RegionPath::district);
        region(subDistrict, "subDistrict", "create.sub-district", "community-sub-district", regions, RegionPath::subDistrict);
        households.setLabel(getTranslation("create.households"));
        households.setId("community-households");
        households.setHelperText(getTranslation("create.population.help"));
        residents.setLabel(getTranslation("create.residents"));
        residents.setId("community-residents");
        fields.put("households", households);
        fields.put("residents", residents);
        text(cadreUsername, "cadreUsername", "create.cadre-username", "cadre-username");
        cadreUsername.setValue("cadre");
        text(cadreName, "cadreName", "create.cadre-name", "cadre-name");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("create-error");
        FormLayout community = new FormLayout(id, nameZh, nameEn, city, district, subDistrict, households, residents);
        FormLayout cadre = new FormLayout(cadreUsername, cadreName);
        error.getElement().setAttribute("role", "alert");
        add(error, community, new H3(getTranslation("create.cadre")), new Paragraph(getTranslation("create.cadre.help")), cadre);

        Button save = new Button(getTranslation("create.save"), click -> save(communities, cadres, administrator, onCreated));
        save.setId("save-community");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("create.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save(CommunityAdministration communities, InviteFirstCadre cadres, Caller administrator,
                      Consumer<Community> onCreated) {
        fields.values().forEach(f -> f.setInvalid(false));
        error.setText("");
        if (!checked(communities)) {
            return;
        }
        Community created;
        try {
            created = communities.create(new NewCommunity(id.getValue().strip(), nameZh.getValue().strip(), nameEn.getValue().strip(),
                    city.getValue().strip(), district.getValue().strip(), subDistrict.getValue().strip(), "zh-CN", "Asia/Shanghai",
                    households.getValue(), residents.getValue()), administrator.username());
        } catch (InvalidInputException e) {
            showAt(e.field(), getTranslation("create.error.invalid"));
            return;
        } catch (ConflictException e) {
            showAt("id", getTranslation("create.error.taken"));
            return;
        }
        String password = cadres.invite(created.id(), administrator, cadreUsername.getValue().strip(), cadreName.getValue().strip());
        close();
        onCreated.accept(created);
        new OneTimePasswordDialog(created, cadreUsername.getValue().strip(), cadreName.getValue().strip(), password).open();
    }

    /** Checks every field before anything is made, and shows each problem at its field. */
    private boolean checked(CommunityAdministration communities) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!CommunityId.isValid(id.getValue().strip())) {
            problems.put("id", getTranslation("create.error.id"));
        } else if (communities.find(id.getValue().strip()).isPresent()) {
            problems.put("id", getTranslation("create.error.taken"));
        }
        required(problems, "nameZh", nameZh.getValue(), 100);
        required(problems, "city", city.getValue(), 50);
        required(problems, "district", district.getValue(), 50);
        required(problems, "subDistrict", subDistrict.getValue(), 50);
        if (nameEn.getValue().length() > 200) {
            problems.put("nameEn", getTranslation("create.error.too-long", 200));
        }
        if (households.isInvalid() || households.getValue() != null && households.getValue() < 0) {
            problems.put("households", getTranslation("create.error.households"));
        }
        if (residents.isInvalid() || residents.getValue() != null
                && residents.getValue() < (households.getValue() == null ? 0 : households.getValue())) {
            problems.put("residents", getTranslation("create.error.residents"));
        }
        if (!Account.isValidUsername(cadreUsername.getValue().strip())) {
            problems.put("cadreUsername", getTranslation("create.error.username"));
        }
        required(problems, "cadreName", cadreName.getValue(), 100);
        problems.forEach(this::showAt);
        if (!problems.isEmpty()) {
            error.setText(getTranslation("create.error.count", problems.size()));
        }
        return problems.isEmpty();
    }

    private void required(Map<String, String> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.put(field, getTranslation("create.error.required"));
        } else if (value.strip().length() > maxLength) {
            problems.put(field, getTranslation("create.error.too-long", maxLength));
        }
    }

    private void showAt(String field, String message) {
        HasValidation at = fields.get(field);
        if (at == null) {
            error.setText(message);
            return;
        }
        at.setErrorMessage(message);
        at.setInvalid(true);
    }

    private void text(TextField field, String name, String labelKey, String elementId) {
        field.setLabel(getTranslation(labelKey));
        field.setId(elementId);
        fields.put(name, field);
    }

    /** A part of the region: one the platform's communities already use, or a new one typed in. */
    private void region(ComboBox<String> field, String name, String labelKey, String elementId, List<RegionPath> regions,
                        Function<RegionPath, String> part) {
        field.setLabel(getTranslation(labelKey));
        field.setId(elementId);
        List<String> known = new java.util.ArrayList<>(regions.stream().map(part).distinct().sorted().toList());
        field.setItems(known);
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(typed -> {
            known.add(typed.getDetail().strip());
            field.setItems(known);
            field.setValue(typed.getDetail().strip());
        });
        field.setHelperText(getTranslation("create.region.help"));
        fields.put(name, field);
    }
}
