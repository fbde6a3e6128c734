package org.weimin.spi.intake;

import org.pf4j.ExtensionPoint;
import org.weimin.spi.FeatureFactory;

/** Extension point for intake channels; implement it and mark the class {@code @Extension}. */
public interface IntakeChannelFactory extends FeatureFactory<IntakeChannel>, ExtensionPoint {
}
