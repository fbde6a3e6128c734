package org.weimin.plugin.model;

import java.util.List;
import java.util.Optional;

/** The feature choices of the community in the current tenant scope. */
public interface CommunityFeatureRepository {

    List<CommunityFeature> all();

    Optional<CommunityFeature> find(String featureId);

    void add(CommunityFeature feature);
}
