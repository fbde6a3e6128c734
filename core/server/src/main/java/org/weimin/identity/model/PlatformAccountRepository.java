package org.weimin.identity.model;

import java.util.List;
import java.util.Optional;

public interface PlatformAccountRepository {

    Optional<PlatformAccount> findByUsername(String username);

    List<PlatformAccount> all();

    void add(PlatformAccount account);
}
