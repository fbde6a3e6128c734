package org.weimin.platform.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Work that runs once more when it clashed with concurrent work on a unique key: the same delivery
 * arriving twice at once, two new needs drawing one reference, a double click. The second attempt, in a
 * fresh transaction, finds what the first one stored.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedOnClash {
}
