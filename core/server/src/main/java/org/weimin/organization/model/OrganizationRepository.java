package org.weimin.organization.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organisations of the community in the current tenant scope. */
public interface OrganizationRepository {

    List<Organization> all();

    Optional<Organization> find(UUID id);

    boolean nameTaken(String name);

    void add(Organization organization);
}
