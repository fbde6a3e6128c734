package org.weimin.demand.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Photos residents and staff add to needs. */
public interface DemandPhotoRepository {

    void add(DemandPhoto photo);

    /** The photos of a need, oldest first, without their bytes. */
    List<PhotoInfo> photos(UUID demandId);

    Optional<DemandPhoto> photo(UUID demandId, UUID photoId);

    /** What a need's photo list shows. */
    record PhotoInfo(UUID id, String contentType, int size, Instant uploadedAt) {
    }
}
