package org.weimin.fund.infrastructure;

import java.util.Optional;
import java.util.UUID;

import org.weimin.fund.model.Payment;
import org.weimin.fund.model.PaymentRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class JpaPayments implements PaymentRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(Payment payment) {
        em.persist(payment);
    }

    @Override
    public Optional<Payment> find(UUID id) {
        return em.createQuery("select p from Payment p where p.id = :id", Payment.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Payment> lock(UUID id) {
        return em.createQuery("select p from Payment p where p.id = :id", Payment.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }
}
