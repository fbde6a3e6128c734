package org.weimin.organization.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.organization.model.Organization;
import org.weimin.organization.model.OrganizationRepository;
import org.weimin.organization.model.OrganizationStatus;
import org.weimin.platform.application.Written;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.application.FeatureRuntime;
import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.ValidationResult;
import org.weimin.spi.organization.OrganizationType;
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
    private static final String REFUSAL = "only the community's cadres register and approve organisations";

    @Inject
    CommunityFeatures features;

    @Inject
    FeatureRuntime runtime;

    @Inject
    OrganizationRepository organizations;

    @Inject
    Clock clock;

    /** The organisation types the community uses, with their forms; for anyone who may read the community. */
    @InCommunity
    public List<OrganizationTypeView> types(CommunityId community, Caller caller) {
        List<OrganizationTypeView> types = new ArrayList<>();
        for (FeatureDescriptor feature : features.enabled(community, FeatureKind.ORGANIZATION_TYPE)) {
            String typeId = feature.featureId();
            types.add(new OrganizationTypeView(typeId, feature.displayName(),
                    features.call(community, typeId, OrganizationType.class, OrganizationType::attributes),
                    features.call(community, typeId, OrganizationType.class, OrganizationType::modes).stream()
                            .map(m -> new OrganizationTypeView.Mode(m.name(), m.track().name(), m.label())).toList()));
        }
        return types;
    }

    @InCommunity
    @Transactional
    public List<OrganizationView> list(CommunityId community, Caller caller) {
        Map<String, FeatureDescriptor> names = new LinkedHashMap<>();
        runtime.features().forEach(f -> names.put(f.featureId(), f));
        // Residents see the organisations the community has approved; pending ones are the staff's business.
        boolean staff = caller.permissions().contains(Permission.TRIAGE_NEEDS) || caller.community().isEmpty();
        return organizations.all().stream()
                .filter(o -> staff || o.status() == OrganizationStatus.ACTIVE)
                .map(o -> view(o, names.get(o.typeId()))).toList();
    }

    /** Registers an organisation; bad attributes are refused field by field and nothing is stored. */
    @InCommunity
    @Transactional
    public OrganizationView register(CommunityId community, Caller caller, String typeId, String name,
                                     Map<String, Object> attributes) {
        caller.require(Permission.MANAGE_COMMUNITY, REFUSAL);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInputException("name", "give the organisation a name of 1 to 100 characters");
        }
        FeatureDescriptor feature = features.enabled(community, FeatureKind.ORGANIZATION_TYPE).stream()
                .filter(f -> f.featureId().equals(typeId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("typeId", "this community does not use the organisation type '" + typeId + "'"));
        ValidationResult result = features.call(community, typeId, OrganizationType.class,
                type -> type.attributes().validate(attributes == null ? Map.of() : attributes));
        if (!result.isValid()) {
            throw new InvalidSettingsException(typeId, result.errors());
        }
        List<FieldError> problems = features.call(community, typeId, OrganizationType.class, type -> type.check(result.values()));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(typeId, problems);
        }
        boolean needsApproval = features.list(community, caller).stream()
                .filter(s -> s.feature().featureId().equals(typeId)).findFirst()
                .map(s -> Boolean.TRUE.equals(s.settings().get("approvalRequired"))).orElse(false);
        if (organizations.nameTaken(name)) {
            throw new ConflictException("an organisation named '" + name.strip() + "' is already registered here");
        }
        Organization organization = new Organization(typeId, name, write(result.values()), needsApproval, caller.username(),
                clock.instant());
        organizations.add(organization);
        return view(organization, feature);
    }

    @InCommunity
    @Transactional
    public OrganizationView approve(CommunityId community, Caller caller, UUID organizationId) {
        caller.require(Permission.MANAGE_COMMUNITY, REFUSAL);
        Organization organization = organizations.find(organizationId)
                .orElseThrow(() -> new NotFoundException("no organisation " + organizationId + " in this community"));
        try {
            organization.approve();
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
        return view(organization, runtime.feature(organization.typeId()).orElse(null));
    }

    /** Refuses a registration waiting for approval; the reason is what the organisation is told. */
    @InCommunity
    @Transactional
    public OrganizationView reject(CommunityId community, Caller caller, UUID organizationId,
                                   @Written(message = "is missing: say why the organisation is not approved") String reason) {
        caller.require(Permission.MANAGE_COMMUNITY, REFUSAL);
        Organization organization = organizations.find(organizationId)
                .orElseThrow(() -> new NotFoundException("no organisation " + organizationId + " in this community"));
        try {
            organization.reject(reason);
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
        return view(organization, runtime.feature(organization.typeId()).orElse(null));
    }

    private static OrganizationView view(Organization organization, FeatureDescriptor type) {
        try {
            Map<String, Object> attributes = JSON.readValue(organization.attributesJson(),
                    new TypeReference<LinkedHashMap<String, Object>>() {
                    });
            return new OrganizationView(organization.id(), organization.typeId(), type == null ? null : type.displayName(),
                    organization.name(), organization.status(), attributes, organization.registeredBy(),
                    organization.registeredAt(), organization.rejectionReason());
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
}
