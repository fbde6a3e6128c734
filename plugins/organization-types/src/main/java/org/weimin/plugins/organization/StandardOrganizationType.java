package org.weimin.plugins.organization;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.weimin.spi.LocalizedText;
import org.weimin.spi.PluginContext;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Settings;
import org.weimin.spi.organization.OrganizationType;
import org.weimin.spi.organization.OrganizationTypeFactory;
import org.weimin.spi.organization.ResolutionMode;

/**
 * What every standard organisation type shares: the contact fields, and a community setting that says
 * whether new organisations of the type wait for a cadre's approval.
 */
abstract class StandardOrganizationType implements OrganizationTypeFactory {

    static final Field CONTACT_NAME = Field.text("contactName", LocalizedText.of("联系人", "Contact person"))
            .asRequired().withRange(2, 20);
    static final Field CONTACT_PHONE = Field.text("contactPhone", LocalizedText.of("联系电话", "Contact phone"))
            .asRequired().withRange(7, 20);

    private final String id;
    private final LocalizedText name;
    private final LocalizedText description;
    private final FormSchema attributes;
    private final Set<ResolutionMode> modes;
    private final Function<Map<String, Object>, List<FieldError>> check;

    StandardOrganizationType(String id, LocalizedText name, LocalizedText description, List<Field> ownFields,
                             Set<ResolutionMode> modes, Function<Map<String, Object>, List<FieldError>> check) {
        this.id = id;
        this.name = name;
        this.description = description;
        List<Field> fields = new java.util.ArrayList<>(ownFields);
        fields.add(CONTACT_NAME);
        fields.add(CONTACT_PHONE);
        this.attributes = new FormSchema(fields);
        this.modes = EnumSet.copyOf(modes);
        this.check = check;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText displayName() {
        return name;
    }

    @Override
    public LocalizedText description() {
        return description;
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(Field.bool("approvalRequired", LocalizedText.of("新登记需社区审核", "New registrations need approval"))
                .withDefault("true")
                .withHelp(LocalizedText.of("开启后，新登记的组织须经社区干部审核才能认领需求。",
                        "When on, a cadre approves new organisations before they can take on needs.")));
    }

    @Override
    public OrganizationType create(PluginContext context, Settings settings) {
        return new OrganizationType() {
            @Override
            public FormSchema attributes() {
                return attributes;
            }

            @Override
            public Set<ResolutionMode> modes() {
                return EnumSet.copyOf(modes);
            }

            @Override
            public List<FieldError> check(Map<String, Object> validatedAttributes) {
                return check.apply(validatedAttributes);
            }
        };
    }

    static List<FieldError> noFurtherChecks(Map<String, Object> attributes) {
        return List.of();
    }
}
