package org.weimin.project.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ProjectRepository {

    void add(Project project);

    /** The project locked until the transaction ends: one decision at a time. */
    Optional<Project> lock(UUID id);

    Optional<Project> find(UUID id);

    List<Project> all();

    /** The proposals made to a venture call, in the order they came. */
    List<Project> ofVentureCall(UUID callId);

    /** How many proposals each venture call has. */
    java.util.Map<UUID, Long> proposalsPerVentureCall();
}
