package org.weimin.identity.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A use case that works inside one community: the method takes that community's {@code CommunityId} and,
 * when a person asks, their {@code Caller}. Before the method (and before its transaction) the community's
 * tenant scope is opened and, for a caller, the access decision is made, so the use case itself only
 * states its rule.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface InCommunity {
}
