package org.weimin.demand.model;

import java.util.Optional;

/** The community's own deadlines, when it set any. */
public interface DeadlineRepository {

    Optional<CommunityDeadlines> current();

    void add(CommunityDeadlines deadlines);

    /** The community's policy, or the platform's defaults when it set none. */
    default DeadlinePolicy policy() {
        return current().map(CommunityDeadlines::policy).orElse(DeadlinePolicy.defaults());
    }
}
