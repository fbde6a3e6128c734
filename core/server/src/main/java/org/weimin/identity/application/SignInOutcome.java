package org.weimin.identity.application;

import org.weimin.identity.model.Caller;

/** The answer to a sign-in: the caller, or why not (the same answer for an unknown user and a wrong password). */
public sealed interface SignInOutcome {

    record SignedIn(Caller caller) implements SignInOutcome {
    }

    record InvalidCredentials() implements SignInOutcome {
    }

    record CommunitySuspended() implements SignInOutcome {
    }
}
