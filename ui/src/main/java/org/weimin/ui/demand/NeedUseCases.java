package org.weimin.ui.demand;

import org.weimin.demand.application.AnswerMyNeed;
import org.weimin.demand.application.EscalateToProject;
import org.weimin.demand.application.FollowNeeds;
import org.weimin.demand.application.HandleNeed;
import org.weimin.demand.application.MergeNeeds;
import org.weimin.demand.application.NeedPhotos;
import org.weimin.demand.application.TriageNeeds;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The demand library's use cases the needs pages and the need dialog offer, handed around as one. */
@Dependent
public class NeedUseCases {

    @Inject
    FollowNeeds follow;

    @Inject
    TriageNeeds triage;

    @Inject
    HandleNeed handle;

    @Inject
    MergeNeeds merging;

    @Inject
    AnswerMyNeed answers;

    @Inject
    NeedPhotos photos;

    @Inject
    EscalateToProject escalating;
}
