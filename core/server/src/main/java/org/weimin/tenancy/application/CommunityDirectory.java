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

    /** What anyone may read without signing in (the wish wall, the fund's statement) exists only for a community that is open. */
    @Transactional
    public Community requireActive(CommunityId id) {
        return communities.find(id).filter(Community::isActive).orElseThrow(() -> new CommunityNotFoundException(id.value()));
    }
}
