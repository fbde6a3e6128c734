package org.weimin.platform.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;

/**
 * A use case's input: a text the use case needs written, not blank. Composed rather than {@code @NotBlank} itself, because Payara's OpenAPI reader
 * fails on the standard constraints when it meets them outside the REST resources.
 */
@Documented
@Constraint(validatedBy = {})
@NotBlank
@ReportAsSingleViolation
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Written {

    String message() default "is empty";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
