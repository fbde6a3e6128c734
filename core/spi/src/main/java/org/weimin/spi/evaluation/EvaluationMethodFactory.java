package org.weimin.spi.evaluation;

import org.pf4j.ExtensionPoint;
import org.weimin.spi.FeatureFactory;

/** Extension point for evaluation methods; implement it and mark the class {@code @Extension}. */
public interface EvaluationMethodFactory extends FeatureFactory<EvaluationMethod>, ExtensionPoint {
}
