package org.weimin.demand.application;

import java.time.Clock;
import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandPhoto;
import org.weimin.demand.model.DemandPhotoRepository;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Photos of a need: the resident who raised it (while it is open) or staff add them; whoever may see the need sees them. */
@ApplicationScoped
public class NeedPhotos {

    @Inject
    NeedAccess access;

    @Inject
    NeedDetails details;

    @Inject
    DemandPhotoRepository photos;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public DemandViews.Detail add(CommunityId community, Caller caller, UUID demandId, byte[] content) {
        NeedAccess.Viewer viewer = access.viewer(caller);
        Demand demand = access.visible(viewer, demandId);
        if (!NeedAccess.isStaff(caller) && !(viewer.raised(demand) && demand.status().isOpen())) {
            throw new ForbiddenActionException("photos are added by the resident who raised the need, while it is open, or by staff");
        }
        if (photos.photos(demandId).size() >= DemandPhoto.MAX_PER_NEED) {
            throw new ConflictException("a need has at most " + DemandPhoto.MAX_PER_NEED + " photos");
        }
        photos.add(new DemandPhoto(demandId, content, caller.username(), clock.instant()));
        return details.of(viewer, demand);
    }

    @InCommunity
    @Transactional
    public DemandPhoto photo(CommunityId community, Caller caller, UUID demandId, UUID photoId) {
        access.visible(access.viewer(caller), demandId);
        return photos.photo(demandId, photoId).orElseThrow(() -> new NotFoundException("no photo " + photoId + " on this need"));
    }
}
