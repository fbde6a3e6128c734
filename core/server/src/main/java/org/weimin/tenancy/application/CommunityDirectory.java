package org.weimin.tenancy.application;

import java.util.Optional;

import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.CommunityRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The registry of communities as other contexts read it: a community's entry (name, region, time zone,
 * status), in whatever scope the reader works (and in its transaction), since the registry belongs to no community.
 */
@ApplicationScoped
public class CommunityDirectory {

    @Inject
    CommunityRepository communities;

    @Transactional
    public Optional<Community> find(CommunityId id) {
        return communities.find(id);
    }
}
