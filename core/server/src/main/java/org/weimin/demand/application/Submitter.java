package org.weimin.demand.application;

import org.weimin.identity.model.Caller;

/** Whose needs a delivery brings, which decides whose they are and what their timelines say first. */
public sealed interface Submitter {

    /** A signed-in resident raising their own needs: they follow, confirm and reopen them. */
    record Resident(Caller caller) implements Submitter {
    }

    /** Someone outside the platform, through a channel: the contact, if any, travels in each draft. */
    record Anonymous() implements Submitter {
    }

    /** Staff or a volunteer typing in needs for someone else (at a forum, at the self-help station). */
    record OnBehalf(String enteredBy) implements Submitter {
    }
}
