/**
 * The shared kernel every context may use: the base failures a person can act on (not found, conflict,
 * forbidden, invalid input), which context exceptions extend and the API maps by their base type.
 */
package org.weimin.shared;
