package org.weimin.platform.api;

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
 * A field of a request body holds at most this many characters (a text) or entries (a list, a map). Only fields may carry it, so that on a record component it lands on the
 * field alone (Payara's OpenAPI reader fails on constraints it finds on constructor parameters).
 */
@Documented
@Constraint(validatedBy = {})
@Size
@ReportAsSingleViolation
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AtMost {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int value();

    String message() default "is longer than allowed: at most {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
