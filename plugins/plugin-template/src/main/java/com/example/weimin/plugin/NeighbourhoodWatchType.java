package com.example.weimin.plugin;

import java.util.EnumSet;
import java.util.Set;

import org.pf4j.Extension;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.PluginContext;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Settings;
import org.weimin.spi.organization.OrganizationType;
import org.weimin.spi.organization.OrganizationTypeFactory;
import org.weimin.spi.organization.ResolutionMode;

/** An organisation type for neighbourhood-watch teams (平安巡防队). */
@Extension
public class NeighbourhoodWatchType implements OrganizationTypeFactory {

    @Override
    public String id() {
        return "org-type.example-neighbourhood-watch";
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("平安巡防队", "Neighbourhood watch");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(Field.integer("patrolsPerWeek", LocalizedText.of("每周巡逻次数", "Patrols per week"))
                .withRange(1, 21).withDefault("3"));
    }

    @Override
    public OrganizationType create(PluginContext context, Settings settings) {
        return new OrganizationType() {
            @Override
            public FormSchema attributes() {
                return FormSchema.of(
                        Field.text("leader", LocalizedText.of("队长", "Team leader")).asRequired().withRange(2, 20),
                        Field.integer("members", LocalizedText.of("队员人数", "Members")).asRequired().withRange(1, 200));
            }

            @Override
            public Set<ResolutionMode> modes() {
                return EnumSet.of(ResolutionMode.VOLUNTEER_MUTUAL_AID, ResolutionMode.ROUTINE_AFFAIR);
            }
        };
    }
}
