package org.weimin.ui.wish;

import org.weimin.demand.application.AnswerMyNeed;
import org.weimin.wish.application.ActOnClaims;
import org.weimin.wish.application.ClaimWishes;
import org.weimin.wish.application.ConfirmWishes;
import org.weimin.wish.application.PublishWishes;
import org.weimin.wish.application.Volunteers;
import org.weimin.wish.application.WishWall;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The wish track's use cases the wish pages offer, handed around as one. */
@Dependent
public class WishUseCases {

    @Inject
    WishWall wall;

    @Inject
    PublishWishes publishing;

    @Inject
    ClaimWishes claiming;

    @Inject
    ActOnClaims claims;

    @Inject
    ConfirmWishes confirming;

    @Inject
    Volunteers volunteers;

    @Inject
    AnswerMyNeed answers;
}
