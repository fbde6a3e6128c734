/**
 * The plugin SPI that vendors compile against. It is kept small and stable, versioned
 * semantically, and free of JPA, CDI, Hibernate and Vaadin types.
 */
package org.weimin.spi;
