package org.weimin.spi.organization;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.FormSchema;

/**
 * A kind of micro-organisation (微组织): community social organisations, volunteer teams, resident units,
 * mass organisations, merchants... It says what an organisation of this kind records about itself and
 * which resolution tracks and modes it can take on.
 */
public interface OrganizationType {

    /** What an organisation of this type records: the registry renders and validates this form. */
    FormSchema attributes();

    /** The ways of resolving needs this kind of organisation can take on. */
    Set<ResolutionMode> modes();

    /** Checks beyond the schema (one attribute depending on another); empty when all is well. */
    default List<FieldError> check(Map<String, Object> validatedAttributes) {
        return List.of();
    }
}
