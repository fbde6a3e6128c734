package org.weimin.organization.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.weimin.organization.model.OrganizationStatus;
import org.weimin.spi.LocalizedText;

/**
 * An organisation as people see it, with its type's name and its attributes.
 *
 * @param rejectionReason why the cadre did not approve it, when they did not
 */
public record OrganizationView(UUID id, String typeId, LocalizedText typeName, String name, OrganizationStatus status,
                               Map<String, Object> attributes, String registeredBy, Instant registeredAt,
                               String rejectionReason) {
}
