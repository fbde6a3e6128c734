package org.weimin.wish.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The volunteer registry and teams of the community in scope. */
public interface VolunteerRepository {

    void add(Volunteer volunteer);

    Optional<Volunteer> find(UUID id);

    Optional<Volunteer> byAccount(UUID accountId);

    /** By name. */
    List<Volunteer> all();

    List<Volunteer> byIds(Collection<UUID> ids);

    void add(VolunteerTeam team);

    Optional<VolunteerTeam> findTeam(UUID id);

    /** By name. */
    List<VolunteerTeam> teams();
}
