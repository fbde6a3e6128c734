package org.weimin.platform.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotEmpty;

/**
 * A use case's input: a list that must name at least one item. Composed rather than {@code @NotEmpty} itself, because Payara's OpenAPI reader
 * fails on the standard constraints when it meets them outside the REST resources.
 */
@Documented
@Constraint(validatedBy = {})
@NotEmpty
@ReportAsSingleViolation
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotNone {

    String message() default "is empty";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
