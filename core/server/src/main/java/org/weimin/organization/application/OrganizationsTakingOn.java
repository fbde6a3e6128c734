package org.weimin.organization.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.organization.model.Organization;
import org.weimin.organization.model.OrganizationRepository;
import org.weimin.organization.model.OrganizationStatus;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.spi.organization.OrganizationType;
import org.weimin.tenancy.application.TenantScope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The community's approved organisations as the resolution tracks see them: which modes their type says they can
 * take on (连心解忧, 商居联动, 常规事项常规办...). Used inside another context's use case, in its scope.
 */
@ApplicationScoped
public class OrganizationsTakingOn {

    /** @param modes the names of the SPI's resolution modes the organisation's type declares */
    public record Taker(UUID id, String name, String typeId, Set<String> modes) {
    }

    @Inject
    OrganizationRepository organizations;

    @Inject
    CommunityFeatures features;

    public Optional<Taker> active(UUID id) {
        return organizations.find(id).filter(o -> o.status() == OrganizationStatus.ACTIVE).map(this::taker);
    }

    /** The approved organisations whose type takes on at least one of these modes, by name. */
    public List<Taker> takingOn(Set<String> anyOfModes) {
        return organizations.all().stream().filter(o -> o.status() == OrganizationStatus.ACTIVE).map(this::taker)
                .filter(t -> t.modes().stream().anyMatch(anyOfModes::contains)).toList();
    }

    private Taker taker(Organization organization) {
        var community = TenantScope.currentCommunity().orElseThrow(TenantScope.NoTenantScopeException::new);
        Set<String> modes;
        try {
            modes = features.call(community, organization.typeId(), OrganizationType.class, OrganizationType::modes).stream()
                    .map(Enum::name).collect(Collectors.toSet());
        } catch (RuntimeException typeNotRunning) {
            // A type the community turned off, or whose plugin is paused, takes nothing on until it runs again.
            modes = Set.of();
        }
        return new Taker(organization.id(), organization.name(), organization.typeId(), modes);
    }
}
