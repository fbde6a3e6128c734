package org.weimin.demand.model;

import java.util.UUID;

/** Residents who said "I have this need too". */
public interface SupporterRepository {

    boolean supports(UUID demandId, UUID accountId);

    void add(Supporter supporter);
}
