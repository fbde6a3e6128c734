package org.weimin.platform.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;

/**
 * A use case's input: a value the use case cannot do without (an object, an id, a choice). Composed rather than {@code @NotNull} itself, because Payara's OpenAPI reader
 * fails on the standard constraints when it meets them outside the REST resources.
 */
@Documented
@Constraint(validatedBy = {})
@NotNull
@ReportAsSingleViolation
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Required {

    String message() default "is missing";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
