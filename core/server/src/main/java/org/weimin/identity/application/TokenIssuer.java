package org.weimin.identity.application;

import java.time.Instant;

import org.weimin.identity.model.Caller;

public interface TokenIssuer {

    IssuedToken issue(Caller caller, Instant now);
}
