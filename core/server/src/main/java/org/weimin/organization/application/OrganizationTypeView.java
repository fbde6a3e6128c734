package org.weimin.organization.application;

import java.util.List;

import org.weimin.spi.LocalizedText;
import org.weimin.spi.form.FormSchema;

/**
 * An organisation type this community uses: the form its organisations fill in and what they can take on.
 *
 * @param modes the resolution modes, each with its track and label
 */
public record OrganizationTypeView(String typeId, LocalizedText name, FormSchema attributes, List<Mode> modes) {

    public record Mode(String mode, String track, LocalizedText label) {
    }
}
