/**
 * The plugin SPI that vendors compile against: version {@value org.weimin.spi.SpiVersion#CURRENT}.
 *
 * <p>A plugin is a pf4j plugin jar whose extensions implement one of the factory interfaces here
 * ({@link org.weimin.spi.organization.OrganizationTypeFactory},
 * {@link org.weimin.spi.evaluation.EvaluationMethodFactory}, {@link org.weimin.spi.intake.IntakeChannelFactory},
 * {@link org.weimin.spi.payment.PaymentChannelFactory}).
 * A factory is long-lived and has a stable string id; each community that enables the feature gets its own
 * light instance from {@link org.weimin.spi.FeatureFactory#create}, made from that community's validated
 * settings. Settings and plugin-contributed forms are declared as data ({@link org.weimin.spi.form.FormSchema}),
 * so the platform renders and validates them without plugin-specific UI code.
 *
 * <p>The SPI has no JPA, CDI, Hibernate or Vaadin types: a plugin reaches the platform only through
 * {@link org.weimin.spi.PluginContext}. Keep pf4j and this SPI in {@code provided} scope in a plugin's pom.
 */
package org.weimin.spi;
