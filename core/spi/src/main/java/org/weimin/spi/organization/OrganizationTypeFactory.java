package org.weimin.spi.organization;

import org.pf4j.ExtensionPoint;
import org.weimin.spi.FeatureFactory;

/** Extension point for organisation types; implement it and mark the class {@code @Extension}. */
public interface OrganizationTypeFactory extends FeatureFactory<OrganizationType>, ExtensionPoint {
}
