package org.weimin.config.model;

import java.util.List;
import java.util.Set;

import org.weimin.identity.model.Role;

/** The accounts that belong to no community, from {@code _platform.yaml}. */
public record PlatformConfig(String file, List<PlatformAccountSpec> accounts) {

    public record PlatformAccountSpec(String username, String displayName, Role role, String subDistrict,
                                      Set<String> communities, PasswordSource password) {
    }
}
