package org.weimin.fund.model;

import java.util.Optional;
import java.util.UUID;

public interface PaymentRepository {

    void add(Payment payment);

    Optional<Payment> find(UUID id);

    /** The payment locked until the transaction ends: one notification about it at a time. */
    Optional<Payment> lock(UUID id);
}
