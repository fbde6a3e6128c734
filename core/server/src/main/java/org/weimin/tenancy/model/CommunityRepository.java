package org.weimin.tenancy.model;

import java.util.List;
import java.util.Optional;

public interface CommunityRepository {

    Optional<Community> find(CommunityId id);

    List<Community> all();

    void add(Community community);
}
