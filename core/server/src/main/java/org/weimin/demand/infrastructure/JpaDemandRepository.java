package org.weimin.demand.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandEvent;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.DemandStatus;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

@ApplicationScoped
public class JpaDemandRepository implements DemandRepository {

    /** The deadline an open need is working towards: to respond until the community did, then to resolve. */
    private static final String NEXT_DEADLINE = "case when d.respondedAt is null then d.respondBy else d.resolveBy end";
    private static final java.util.regex.Pattern REFERENCE_START = java.util.regex.Pattern.compile("D\\d{6}-[0-9A-Z]+");
    private static final List<DemandStatus> OPEN = java.util.Arrays.stream(DemandStatus.values()).filter(DemandStatus::isOpen).toList();

    @Inject
    EntityManager em;


    @Override
    public Optional<Demand> find(UUID id) {
        return Optional.ofNullable(em.find(Demand.class, id));
    }

    /**
     * Native, and so with the community named here: this runs on every delivery, and Hibernate translates a
     * JPQL query afresh each time while its tenant filter is enabled (it caches no plan for filtered sessions).
     */
    @Override
    public Optional<String> referenceByOrigin(String channel, String externalId) {
        List<?> references = em.createNativeQuery("select reference from demand where tenant_id = ?1 and channel = ?2 and external_id = ?3")
                .setParameter(1, community().value()).setParameter(2, channel).setParameter(3, externalId).getResultList();
        return references.stream().map(String.class::cast).findFirst();
    }

    @Override
    public Optional<java.util.UUID> idByReference(String reference) {
        return em.createQuery("select d.id from Demand d where d.reference = :reference", java.util.UUID.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    @Override
    public List<Demand> page(DemandFilter filter, Instant now, int offset, int limit) {
        String order = switch (filter.order()) {
            case NEWEST -> " order by d.submittedAt desc, d.id";
            case OLDEST -> " order by d.submittedAt, d.id";
            case DEADLINE -> " order by case when d.status in :open then 0 else 1 end, " + NEXT_DEADLINE + " asc nulls first, d.submittedAt, d.id";
            case DEADLINE_LAST -> " order by case when d.status in :open then 0 else 1 end, " + NEXT_DEADLINE + " desc nulls last, d.submittedAt, d.id";
        };
        TypedQuery<Demand> query = where(filter, now, "select d from Demand d", order, Demand.class);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(DemandFilter filter, Instant now) {
        return where(filter, now, "select count(d) from Demand d", "", Long.class).getSingleResult();
    }

    @Override
    public List<Demand> resolvedBefore(Instant before, int limit) {
        return em.createQuery("select d from Demand d where d.status = :resolved and d.resolvedAt < :before", Demand.class)
                .setParameter("resolved", DemandStatus.RESOLVED).setParameter("before", before).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Demand> openPastResolution(Instant now, int limit) {
        return em.createQuery("select d from Demand d where d.status in :open and d.resolveBy < :now order by d.resolveBy", Demand.class)
                .setParameter("open", OPEN).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Demand> publicRequests(String channel, java.util.Collection<String> references,
                                       org.weimin.demand.model.ServiceCategory category, Instant from, Instant to,
                                       Boolean open, int limit) {
        StringBuilder jpql = new StringBuilder("select d from Demand d where (d.channel = :channel or d.publicVisible = true)"
                + " and d.status <> :merged");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("channel", channel);
        parameters.put("merged", DemandStatus.MERGED);
        if (!references.isEmpty()) {
            jpql.append(" and d.reference in :references");
            parameters.put("references", references);
        }
        if (category != null) {
            jpql.append(" and (d.category = :category or (d.category is null and d.suggestedCategory = :category))");
            parameters.put("category", category);
        }
        if (from != null) {
            jpql.append(" and d.submittedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            jpql.append(" and d.submittedAt <= :to");
            parameters.put("to", to);
        }
        if (open != null) {
            jpql.append(open ? " and d.status in :open" : " and d.status not in :open");
            parameters.put("open", OPEN);
        }
        TypedQuery<Demand> query = em.createQuery(jpql.append(" order by d.submittedAt desc").toString(), Demand.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Demand> openSince(Instant since, int limit) {
        return em.createQuery("select d from Demand d where d.status in :open and d.submittedAt >= :since"
                        + " order by d.submittedAt desc", Demand.class)
                .setParameter("open", OPEN).setParameter("since", since).setMaxResults(limit).getResultList();
    }

    /** The words as a LIKE pattern that matches them literally, wildcards included. */
    private static String literal(String words) {
        return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private <T> TypedQuery<T> where(DemandFilter filter, Instant now, String select, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.statuses().isEmpty()) {
            conditions.add("d.status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.kind() != null) {
            conditions.add("d.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.category() != null) {
            conditions.add("d.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.place() != null && !filter.place().isBlank()) {
            conditions.add("d.place like :place escape '\\'");
            parameters.put("place", literal(filter.place().strip()) + "%");
        }
        if (filter.grids() != null && !filter.grids().isEmpty()) {
            conditions.add("exists (select b from Building b, Grid g where b.gridId = g.id and g.code in :grids"
                    + " and (d.place = b.code or d.place like concat(b.code, '-%')))");
            parameters.put("grids", filter.grids());
        }
        if (filter.channel() != null && !filter.channel().isBlank()) {
            conditions.add("d.channel = :channel");
            parameters.put("channel", filter.channel());
        }
        if (filter.submitter() != null) {
            conditions.add("d.submitterAccountId = :submitter");
            parameters.put("submitter", filter.submitter());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // Words match anywhere in the text; the start of a need's reference (D261201-K7...) finds that need.
            String words = filter.text().strip();
            String reference = words.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
            parameters.put("text", "%" + literal(words) + "%");
            if (REFERENCE_START.matcher(reference).matches()) {
                conditions.add("(d.text like :text escape '\\' or d.reference like :reference escape '\\')");
                parameters.put("reference", literal(reference) + "%");
            } else {
                conditions.add("d.text like :text escape '\\'");
            }
        }
        if (filter.publicOnly()) {
            conditions.add("d.publicVisible = true");
        }
        if (filter.overdueOnly()) {
            conditions.add("d.status in :open and ((d.respondedAt is null and d.respondBy < :now) or d.resolveBy < :now)");
            parameters.put("now", now);
        }
        String jpql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + order;
        if (jpql.contains(":open")) {
            parameters.put("open", OPEN);
        }
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public void add(Demand demand) {
        em.persist(demand);
    }

    @Override
    public void add(DemandEvent event) {
        em.persist(event);
    }

    @Override
    public List<Demand> mergedFromChannels(UUID survivorId) {
        return em.createQuery("select d from Demand d where d.mergedInto = :survivor and d.externalId is not null", Demand.class)
                .setParameter("survivor", survivorId).getResultList();
    }

    private static CommunityId community() {
        return TenantScope.currentCommunity().orElseThrow(TenantScope.NoTenantScopeException::new);
    }

    @Override
    public List<DemandEvent> timeline(UUID demandId) {
        // One action can leave several lines at the same instant (accepted, then assigned): the lifecycle's order breaks the tie.
        return em.createQuery("select e from DemandEvent e where e.demandId = :demand", DemandEvent.class)
                .setParameter("demand", demandId).getResultStream()
                .sorted(java.util.Comparator.comparing(DemandEvent::at).thenComparing(e -> e.type().ordinal()))
                .toList();
    }

}
