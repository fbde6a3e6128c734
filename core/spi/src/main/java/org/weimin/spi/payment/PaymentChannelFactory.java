package org.weimin.spi.payment;

import org.pf4j.ExtensionPoint;
import org.weimin.spi.FeatureFactory;

/** Extension point for payment channels (a provider donors pay online through); implement it and mark the class {@code @Extension}. Since SPI 1.6. */
public interface PaymentChannelFactory extends FeatureFactory<PaymentChannel>, ExtensionPoint {
}
