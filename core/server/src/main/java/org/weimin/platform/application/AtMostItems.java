package org.weimin.platform.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

/**
 * A use case's input: a list of at most this many items. Composed rather than {@code @Size} itself, because
 * Payara's OpenAPI reader fails on the standard constraints when it meets them outside the REST resources.
 */
@Documented
@Constraint(validatedBy = {})
@Size
@ReportAsSingleViolation
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AtMostItems {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int value();

    String message() default "holds too many: at most {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
