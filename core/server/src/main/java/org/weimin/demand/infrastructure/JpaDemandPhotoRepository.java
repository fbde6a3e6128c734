package org.weimin.demand.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.demand.model.DemandPhoto;
import org.weimin.demand.model.DemandPhotoRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaDemandPhotoRepository implements DemandPhotoRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(DemandPhoto photo) {
        em.persist(photo);
    }

    @Override
    public List<PhotoInfo> photos(UUID demandId) {
        return em.createQuery("select new org.weimin.demand.model.DemandPhotoRepository$PhotoInfo(p.id, p.contentType, p.size, p.uploadedAt)"
                        + " from DemandPhoto p where p.demandId = :demand order by p.uploadedAt", PhotoInfo.class)
                .setParameter("demand", demandId).getResultList();
    }

    @Override
    public Optional<DemandPhoto> photo(UUID demandId, UUID photoId) {
        return Optional.ofNullable(em.find(DemandPhoto.class, photoId)).filter(p -> p.demandId().equals(demandId));
    }
}
