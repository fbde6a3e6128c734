package org.weimin.organization.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.organization.model.Organization;
import org.weimin.organization.model.OrganizationRepository;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.plugin.infrastructure.PluginHost;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.ValidationResult;
import org.weimin.spi.organization.OrganizationType;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.CommunityId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Each community's registry of micro-organisations (微组织), of the organisation types it has enabled. The
 * type's plugin declares and checks the attributes; a type whose settings ask for approval registers new
 * organisations as pending until a cadre approves them.
 */
@ApplicationScoped
public class OrganizationRegistry {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CommunityFeatures features;

    @Inject
    PluginHost host;

    @Inject
    Store store;

    /** The organisation types the community uses, with their forms; for anyone who may read the community. */
    public List<OrganizationTypeView> types(String community, Caller caller) {
        CommunityId id = readable(community, caller, false);
        List<OrganizationTypeView> types = new ArrayList<>();
        for (FeatureDescriptor feature : features.enabled(id, FeatureKind.ORGANIZATION_TYPE)) {
            OrganizationType type = features.instance(id, feature.featureId(), OrganizationType.class);
            types.add(new OrganizationTypeView(feature.featureId(), feature.displayName(),
                    host.call(id, feature.featureId(), factory -> type.attributes()),
                    host.call(id, feature.featureId(), factory -> type.modes()).stream()
                            .map(m -> new OrganizationTypeView.Mode(m.name(), m.track().name(), m.label())).toList()));
        }
        return types;
    }

    public List<OrganizationView> list(String community, Caller caller) {
        CommunityId id = readable(community, caller, false);
        Map<String, FeatureDescriptor> names = new LinkedHashMap<>();
        host.features().forEach(f -> names.put(f.featureId(), f));
        // Residents see the organisations the community has approved; pending ones are the staff's business.
        boolean staff = caller.permissions().contains(Permission.TRIAGE_NEEDS) || caller.community().isEmpty();
        return TenantScope.callAs(id, () -> store.all()).stream()
                .filter(o -> staff || o.status() == org.weimin.organization.model.OrganizationStatus.ACTIVE)
                .map(o -> view(o, names.get(o.typeId()))).toList();
    }

    /** Registers an organisation; bad attributes are refused field by field and nothing is stored. */
    public OrganizationView register(String community, Caller caller, String typeId, String name,
                                     Map<String, Object> attributes) {
        CommunityId id = readable(community, caller, true);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInputException("name", "give the organisation a name of 1 to 100 characters");
        }
        FeatureDescriptor feature = features.enabled(id, FeatureKind.ORGANIZATION_TYPE).stream()
                .filter(f -> f.featureId().equals(typeId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("typeId", "this community does not use the organisation type '" + typeId + "'"));
        OrganizationType type = features.instance(id, typeId, OrganizationType.class);
        ValidationResult result = host.call(id, typeId, factory -> type.attributes().validate(attributes == null ? Map.of() : attributes));
        if (!result.isValid()) {
            throw new InvalidSettingsException(typeId, result.errors());
        }
        List<FieldError> problems = host.call(id, typeId, factory -> type.check(result.values()));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(typeId, problems);
        }
        boolean needsApproval = features.list(community, caller).stream()
                .filter(s -> s.feature().featureId().equals(typeId)).findFirst()
                .map(s -> Boolean.TRUE.equals(s.settings().get("approvalRequired"))).orElse(false);
        String json = write(result.values());
        Organization organization = TenantScope.callAs(id, () -> store.register(typeId, name, json, needsApproval, caller.username()));
        return view(organization, feature);
    }

    public OrganizationView approve(String community, Caller caller, UUID organizationId) {
        CommunityId id = readable(community, caller, true);
        Organization organization = TenantScope.callAs(id, () -> store.approve(organizationId));
        return view(organization, host.feature(organization.typeId()).orElse(null));
    }

    private CommunityId readable(String community, Caller caller, boolean change) {
        if (!CommunityId.isValid(community)) {
            throw new CommunityNotFoundException(community);
        }
        CommunityId id = new CommunityId(community);
        TenantScope.runAs(id, () -> store.requireAccess(id, caller, change));
        return id;
    }

    private static OrganizationView view(Organization organization, FeatureDescriptor type) {
        try {
            Map<String, Object> attributes = JSON.readValue(organization.attributesJson(),
                    new TypeReference<LinkedHashMap<String, Object>>() {
                    });
            return new OrganizationView(organization.id(), organization.typeId(), type == null ? null : type.displayName(),
                    organization.name(), organization.status(), attributes, organization.registeredBy(),
                    organization.registeredAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes of " + organization.name() + " are damaged", e);
        }
    }

    private static String write(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attributes cannot be written as JSON", e);
        }
    }

    /** The transactional work, entered with the community's scope set. */
    @ApplicationScoped
    public static class Store {

        @Inject
        OrganizationRepository organizations;

        private final Clock clock = Clock.systemUTC();

        @Inject
        org.weimin.identity.application.CommunityGate gate;

        public void requireAccess(CommunityId id, Caller caller, boolean change) {
            if (change) {
                gate.manageable(id, caller, "only the community's cadres register and approve organisations");
            } else {
                gate.readable(id, caller);
            }
        }

        @Transactional
        public List<Organization> all() {
            return organizations.all();
        }

        @Transactional
        public Organization register(String typeId, String name, String attributesJson, boolean needsApproval, String by) {
            if (organizations.nameTaken(name)) {
                throw new ConflictException("an organisation named '" + name.strip() + "' is already registered here");
            }
            Organization organization = new Organization(typeId, name, attributesJson, needsApproval, by, clock.instant());
            organizations.add(organization);
            return organization;
        }

        @Transactional
        public Organization approve(UUID id) {
            Organization organization = organizations.find(id)
                    .orElseThrow(() -> new NotFoundException("no organisation " + id + " in this community"));
            try {
                organization.approve();
            } catch (IllegalStateException e) {
                throw new ConflictException(e.getMessage());
            }
            return organization;
        }
    }
}
