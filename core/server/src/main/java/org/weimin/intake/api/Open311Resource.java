package org.weimin.intake.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.demand.application.PublicNeeds;
import org.weimin.demand.application.RecordNeeds;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.intake.application.IntakeChannels;
import org.weimin.intake.application.ReceiveDelivery;
import org.weimin.plugin.model.PluginCallFailedException;
import org.weimin.plugin.model.PluginFailureException;
import org.weimin.plugin.model.PluginPausedException;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.CommunityId;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * Each community's Open311 GeoReport v2 endpoint, so that existing civic apps can report needs and follow
 * them. Services are the community's service categories; requests are needs raised through this API or
 * made public by their residents. Answers in XML (the specification's required format) or JSON.
 */
@Path("/v1/t/{community}/open311/v2")
@Tag(name = "Open311 GeoReport v2")
public class Open311Resource {

    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    CommunityAdministration communities;

    @Inject
    ReceiveDelivery intake;

    @Inject
    PublicNeeds needs;

    @Inject
    IntakeChannels channels;

    @Inject
    DemandLabelsZh labels;

    @GET
    @Path("services.{format}")
    @Operation(summary = "GeoReport v2: the service list (the community's service categories)")
    public Response services(@PathParam("community") String community, @PathParam("format") String format,
                             @QueryParam("jurisdiction_id") String jurisdiction) {
        Response problem = check(community, format, jurisdiction);
        if (problem != null) {
            return problem;
        }
        List<Map<String, Object>> services = new ArrayList<>();
        for (ServiceCategory category : ServiceCategory.values()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", code(category));
            service.put("service_name", labels.category(category));
            service.put("description", labels.category(category));
            service.put("metadata", true);
            service.put("type", "realtime");
            service.put("keywords", code(category));
            service.put("group", "微民生");
            services.add(service);
        }
        return Open311Writer.list(200, format, "services", "service", services);
    }

    @GET
    @Path("services/{code}.{format}")
    @Operation(summary = "GeoReport v2: a service definition with its attributes")
    public Response definition(@PathParam("community") String community, @PathParam("code") String code,
                               @PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        Response problem = check(community, format, jurisdiction);
        if (problem != null) {
            return problem;
        }
        if (category(code) == null) {
            return Open311Writer.errors(404, format, "no service with code " + code);
        }
        Map<String, Object> urgency = new LinkedHashMap<>();
        urgency.put("variable", true);
        urgency.put("code", "URGENCY");
        urgency.put("datatype", "singlevaluelist");
        urgency.put("required", false);
        urgency.put("datatype_description", "紧急程度 / urgency");
        urgency.put("order", 1);
        urgency.put("description", "是否紧急 / Is it urgent?");
        urgency.put("values", List.of(Map.of("key", "normal", "name", "一般"), Map.of("key", "urgent", "name", "紧急")));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", List.of(urgency));
        return Open311Writer.single(format, "service_definition", definition);
    }

    @POST
    @Path("requests.{format}")
    @Operation(summary = "GeoReport v2: create a service request (form-encoded, with the community's api_key)")
    public Response create(@PathParam("community") String community, @PathParam("format") String format,
                           @Context HttpServletRequest request, InputStream body) throws IOException {
        Response problem = check(community, format, null);
        if (problem != null) {
            return problem;
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(IntakeResource.MAX_BODY_BYTES + 1);
        if (bytes.length > IntakeResource.MAX_BODY_BYTES) {
            return Open311Writer.errors(413, format, "the request is too large");
        }
        String form = new String(bytes, StandardCharsets.UTF_8);
        String service = queryValue(form, "service_code");
        if (service != null && category(service) == null) {
            return Open311Writer.errors(400, format, "service_code " + service + " is not one of this community's services");
        }
        ReceiveDelivery.Answer answer;
        try {
            answer = intake.receive(new CommunityId(community), channels.open311Channel(), new InboundDelivery("POST", Map.of(), Map.of(), bytes,
                    request.getRemoteAddr()));
        } catch (NotFoundException e) {
            return Open311Writer.errors(404, format, "this community does not take Open311 requests");
        } catch (PluginCallFailedException e) {
            return Open311Writer.errors(502, format, "the request could not be handled; it has been recorded (reference "
                    + e.reference() + ")");
        } catch (PluginPausedException | PluginFailureException e) {
            return Open311Writer.errors(503, format, "Open311 requests are not taken at the moment; retry later");
        }
        if (answer instanceof ReceiveDelivery.Answer.Refused refused) {
            Response response = Open311Writer.errors(refused.status() == 401 ? 403 : refused.status(), format, refused.reason());
            return refused.retryAfterSeconds() > 0
                    ? Response.fromResponse(response).header("Retry-After", refused.retryAfterSeconds()).build() : response;
        }
        RecordNeeds.Outcome outcome = ((ReceiveDelivery.Answer.Stored) answer).outcome();
        List<Map<String, Object>> created = new ArrayList<>();
        for (String reference : outcome.created().isEmpty() ? outcome.alreadyKnown() : outcome.created()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("service_request_id", reference);
            entry.put("service_notice", "社区已收到，将按时限回复 / received; the community will respond within its deadlines");
            created.add(entry);
        }
        return Open311Writer.list(200, format, "service_requests", "request", created);
    }

    @GET
    @Path("requests.{format}")
    @Operation(summary = "GeoReport v2: service requests, filtered by id, service, date range and status")
    public Response requests(@PathParam("community") String community, @PathParam("format") String format,
                             @QueryParam("service_request_id") String ids, @QueryParam("service_code") String service,
                             @QueryParam("start_date") String start, @QueryParam("end_date") String end,
                             @QueryParam("status") String status, @QueryParam("jurisdiction_id") String jurisdiction) {
        Response problem = check(community, format, jurisdiction);
        if (problem != null) {
            return problem;
        }
        List<String> references = ids == null ? List.of() : Arrays.stream(ids.split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).limit(1000).toList();
        if (!references.isEmpty()) {
            // The specification: service_request_id overrides all other arguments.
            return Open311Writer.list(200, format, "service_requests", "request", needs.find(new CommunityId(community), channels.open311Channel(), references, null, null, null, null, 1000).stream().map(this::request).toList());
        }
        Instant from;
        Instant to;
        try {
            from = start == null ? null : OffsetDateTime.parse(start, W3C).toInstant();
            to = end == null ? null : OffsetDateTime.parse(end, W3C).toInstant();
        } catch (DateTimeParseException e) {
            return Open311Writer.errors(400, format, "start_date and end_date are W3C date-times, e.g. 2026-11-27T08:00:00+08:00");
        }
        java.util.Set<String> statuses = status == null ? java.util.Set.of()
                : Arrays.stream(status.split(",")).map(String::strip).collect(java.util.stream.Collectors.toSet());
        if (!java.util.Set.of("open", "closed").containsAll(statuses)) {
            return Open311Writer.errors(400, format, "status is open or closed, or both separated by a comma");
        }
        if (service != null && category(service) == null) {
            return Open311Writer.errors(400, format, "service_code " + service + " is not one of this community's services");
        }
        Boolean open = statuses.size() == 1 ? statuses.contains("open") : null;
        List<Demand> found = needs.find(new CommunityId(community), channels.open311Channel(), List.of(),
                service == null ? null : category(service), from, to, open, 1000);
        return Open311Writer.list(200, format, "service_requests", "request", found.stream().map(this::request).toList());
    }

    @GET
    @Path("requests/{id}.{format}")
    @Operation(summary = "GeoReport v2: one service request")
    public Response request(@PathParam("community") String community, @PathParam("id") String id,
                            @PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        Response problem = check(community, format, jurisdiction);
        if (problem != null) {
            return problem;
        }
        List<Demand> found = needs.find(new CommunityId(community), channels.open311Channel(), List.of(id), null, null, null, null, 1);
        if (found.isEmpty()) {
            return Open311Writer.errors(404, format, "no service request " + id);
        }
        return Open311Writer.list(200, format, "service_requests", "request", List.of(request(found.get(0))));
    }

    @GET
    @Path("tokens/{token}.{format}")
    @Operation(summary = "GeoReport v2: requests get their id at once, and that id is also their token")
    public Response token(@PathParam("community") String community, @PathParam("token") String token,
                          @PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        Response problem = check(community, format, jurisdiction);
        if (problem != null) {
            return problem;
        }
        List<Demand> found = needs.find(new CommunityId(community), channels.open311Channel(), List.of(token), null, null, null, null, 1);
        if (found.isEmpty()) {
            return Open311Writer.errors(404, format, "no request has the token " + token);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("token", token);
        entry.put("service_request_id", found.get(0).reference());
        return Open311Writer.list(200, format, "service_requests", "request", List.of(entry));
    }

    private Map<String, Object> request(Demand demand) {
        ServiceCategory category = demand.category() != null ? demand.category()
                : demand.suggestion() == null ? null : demand.suggestion().category();
        Map<String, Object> request = new LinkedHashMap<>();
        put(request, "service_request_id", demand.reference());
        put(request, "status", demand.status().isOpen() ? "open" : "closed");
        String notes = demand.resolution() != null ? demand.resolution() : demand.rejectionReason();
        put(request, "status_notes", notes);
        put(request, "service_name", category == null ? null : labels.category(category));
        put(request, "service_code", category == null ? null : code(category));
        put(request, "description", demand.text());
        put(request, "agency_responsible", "社区居委会");
        put(request, "requested_datetime", W3C.format(demand.submittedAt().atOffset(ZoneOffset.ofHours(8))));
        put(request, "updated_datetime", W3C.format(demand.updatedAt().atOffset(ZoneOffset.ofHours(8))));
        put(request, "expected_datetime", demand.resolveBy() == null ? null : W3C.format(demand.resolveBy().atOffset(ZoneOffset.ofHours(8))));
        // Anyone may read these: the building, and the point to about a hundred metres, never the resident's door.
        put(request, "address", org.weimin.demand.application.DemandViews.building(demand.place()));
        put(request, "lat", roughly(demand.latitude()));
        put(request, "long", roughly(demand.longitude()));
        put(request, "media_url", demand.photoAddress());
        return request;
    }

    private static Double roughly(Double degrees) {
        return degrees == null ? null : Math.round(degrees * 1000) / 1000.0;
    }

    /** Leaves out what is unknown, as the contract wants strings where there are values. */
    private static void put(Map<String, Object> entry, String key, Object value) {
        if (value != null) {
            entry.put(key, value);
        }
    }

    /** An unknown format, community or jurisdiction answered the GeoReport way; null when all is well. */
    private Response check(String community, String format, String jurisdiction) {
        if (!"json".equals(format) && !"xml".equals(format)) {
            return Open311Writer.errors(404, "json", "the format must be json or xml");
        }
        if (!CommunityId.isValid(community) || !communities.isActive(new CommunityId(community))) {
            return Open311Writer.errors(404, format, "no jurisdiction " + community);
        }
        if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(community)) {
            return Open311Writer.errors(404, format, "this endpoint serves jurisdiction " + community + " only");
        }
        return null;
    }

    private static String code(ServiceCategory category) {
        return category.name().toLowerCase(Locale.ROOT);
    }

    private static ServiceCategory category(String code) {
        try {
            return ServiceCategory.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The decoded value of a plain-named form field; null when it is missing or not decodable (the channel says why). */
    private static String queryValue(String form, String key) {
        for (String pair : form.split("&")) {
            if (pair.startsWith(key + "=")) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(key.length() + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
