package org.weimin.demand.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Map;
import java.util.stream.Collectors;

import org.weimin.demand.model.ClassificationExample;
import org.weimin.demand.model.DeadlinePolicy;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandEvent;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandPhoto;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.DemandSeen;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.EventType;
import org.weimin.demand.model.IllegalTransitionException;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.demand.model.Supporter;
import org.weimin.demand.model.Urgency;
import org.weimin.identity.application.CommunityGate;
import org.weimin.identity.model.Account;
import org.weimin.identity.model.AccountRepository;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.identity.model.Role;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The community's demand library: needs come in (idempotently, with their origin), staff triage and
 * handle them, residents follow, confirm or reopen their own and support public ones. Every change is a
 * named action on the need and leaves a line on its timeline.
 */
@ApplicationScoped
public class DemandService {

    /** What an action does to a need, given who does it and when. */
    @FunctionalInterface
    public interface Action {
        List<DemandEvent> apply(Demand demand, String actor, Instant now);
    }

    /** What a batch of drafts became. */
    /** @param createdIds the new needs' ids, in the order of their references */
    public record IntakeOutcome(List<String> created, List<String> alreadyKnown, List<UUID> createdIds) {
    }

    /** What staff can do to many needs at once from the inbox. */
    public enum BulkAction {
        /** Take the classifier's suggestion of kind and category for each. */
        CLASSIFY_AS_SUGGESTED,
        /** Accept each and take it on oneself. */
        ACCEPT
    }

    /** What a bulk action did: the needs it moved on, and those it left as they were, each with why. */
    public record BulkOutcome(List<String> done, List<Skipped> skipped) {
        public record Skipped(UUID id, String reason) {
        }
    }

    static final int MAX_BULK = 200;

    @Inject
    Store store;

    /** Households a delivery says staff were in touch with, stored in the delivery's own transaction. */
    public record Contacts(List<org.weimin.spi.intake.HouseholdContact> contacts, String channel, String recordedBy) {
    }

    /**
     * Takes drafts into the library; a draft whose origin is already known creates nothing new. One delivery,
     * needs and household contacts alike, is stored in one transaction: all of it or nothing.
     *
     * @param submitter the resident the needs belong to, or null (outside channels, anonymous)
     * @param enteredBy who typed them in for someone else (a volunteer, a cadre at a forum), or null
     */
    public IntakeOutcome intake(CommunityId community, List<DemandDraft> drafts, Caller submitter, boolean publicVisible,
                                String enteredBy, Contacts contacts) {
        // The same delivery arriving twice at once, or two new needs drawing the same reference, clash on a
        // unique key: the second attempt finds the first delivery's need, or draws a new reference.
        return onceMoreOnClash(() -> TenantScope.callAs(community,
                () -> store.intake(community, drafts, submitter, publicVisible, enteredBy, contacts)));
    }

    /** Runs the work again once when it clashed with concurrent work on a unique key (a double click, a retried delivery). */
    private static <T> T onceMoreOnClash(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!violatesUniqueness(e)) {
                throw e;
            }
            return work.get();
        }
    }

    private static boolean violatesUniqueness(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    public DemandViews.Page inbox(String community, Caller caller, DemandFilter filter, int offset, int limit) {
        CommunityId id = access(community, caller);
        return TenantScope.callAs(id, () -> store.page(id, caller, filter, Math.max(0, offset), Math.min(Math.max(1, limit), 200)));
    }

    /** How many needs the inbox (or a resident's list) holds under a filter, without loading any. */
    public long count(String community, Caller caller, DemandFilter filter) {
        CommunityId id = access(community, caller);
        return TenantScope.callAs(id, () -> store.count(caller, filter));
    }

    /** One need found by the reference residents and integrators are told (D261201-K7P2QXM). */
    public DemandViews.Detail detailByReference(String community, Caller caller, String reference) {
        CommunityId id = access(community, caller);
        return onceMoreOnClash(() -> TenantScope.callAs(id, () -> store.detailByReference(caller, reference)));
    }

    public DemandViews.Detail detail(String community, Caller caller, UUID demandId) {
        CommunityId id = access(community, caller);
        return onceMoreOnClash(() -> TenantScope.callAs(id, () -> store.detail(caller, demandId)));
    }

    /** How many of the caller's own needs changed since they last opened them. */
    public long news(String community, Caller caller) {
        CommunityId id = access(community, caller);
        return TenantScope.callAs(id, () -> store.news(caller));
    }

    public DemandViews.Detail classify(String community, Caller caller, UUID demandId, DemandKind kind,
                                       ServiceCategory category, Urgency urgency) {
        if (kind == null || category == null) {
            throw new InvalidInputException(kind == null ? "kind" : "category", "choose the kind and the category");
        }
        return staffAction(community, caller, demandId, (d, actor, now) -> {
            List<DemandEvent> events = d.classify(kind, category, urgency, store.policy(), actor, now);
            store.learn(community, d.text(), kind, category, now);
            return events;
        });
    }

    /**
     * Applies one action to many needs, each in its own transaction: a need whose state does not allow it is
     * skipped with the reason, and the others still go ahead.
     */
    public BulkOutcome bulk(String community, Caller caller, List<UUID> needIds, BulkAction action) {
        CommunityId id = staffCommunity(community, caller);
        if (action == null) {
            throw new InvalidInputException("action", "say what to do: CLASSIFY_AS_SUGGESTED or ACCEPT");
        }
        if (needIds == null || needIds.isEmpty()) {
            throw new InvalidInputException("ids", "choose the needs to handle");
        }
        if (needIds.size() > MAX_BULK) {
            throw new InvalidInputException("ids", "at most " + MAX_BULK + " needs at a time");
        }
        Action work = switch (action) {
            case ACCEPT -> (d, actor, now) -> d.accept(actor, actor, now);
            case CLASSIFY_AS_SUGGESTED -> (d, actor, now) -> {
                if (d.suggestion() == null) {
                    throw new IllegalArgumentException("there is no suggestion to take");
                }
                List<DemandEvent> events = d.classify(d.suggestion().kind(), d.suggestion().category(), null, store.policy(), actor, now);
                store.learn(community, d.text(), d.suggestion().kind(), d.suggestion().category(), now);
                return events;
            };
        };
        List<String> done = new ArrayList<>();
        List<BulkOutcome.Skipped> skipped = new ArrayList<>();
        for (UUID needId : new java.util.LinkedHashSet<>(needIds)) {
            try {
                done.add(TenantScope.callAs(id, () -> store.act(caller, needId, work, false)).summary().reference());
            } catch (IllegalTransitionException | ConflictException | NotFoundException
                     | IllegalArgumentException e) {
                skipped.add(new BulkOutcome.Skipped(needId, e.getMessage()));
            }
        }
        return new BulkOutcome(done, skipped);
    }

    public DemandViews.Detail accept(String community, Caller caller, UUID demandId, String assignTo) {
        return staffAction(community, caller, demandId, (d, actor, now) -> d.accept(actor, assignTo == null ? actor : assignTo, now));
    }

    public DemandViews.Detail start(String community, Caller caller, UUID demandId) {
        return staffAction(community, caller, demandId, (d, actor, now) -> d.start(actor, now));
    }

    public DemandViews.Detail resolve(String community, Caller caller, UUID demandId, String howResolved) {
        return staffAction(community, caller, demandId, (d, actor, now) -> d.resolve(actor, howResolved, now));
    }

    public DemandViews.Detail reject(String community, Caller caller, UUID demandId, String reason) {
        return staffAction(community, caller, demandId, (d, actor, now) -> d.reject(actor, reason, now));
    }

    public DemandViews.Detail close(String community, Caller caller, UUID demandId) {
        return staffAction(community, caller, demandId, (d, actor, now) -> d.close(actor, null, now));
    }

    public DemandViews.Detail note(String community, Caller caller, UUID demandId, String text, boolean internal) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("note", "write the note");
        }
        return staffAction(community, caller, demandId, (d, actor, now) -> List.of(d.note(actor, text.strip(), internal, now)));
    }

    /** What the Open311 API may show of needs: only those raised through it or made public. */
    public List<Demand> publicRequests(CommunityId community, java.util.Collection<String> references, ServiceCategory category,
                                       Instant from, Instant to, Boolean open, int limit) {
        return TenantScope.callAs(community, () -> store.publicRequests(references, category, from, to, open, limit));
    }

    /** Closes, in every active community, the resolved needs whose residents did not answer in time. */
    public int autoCloseEverywhere(List<CommunityId> communities) {
        int closed = 0;
        for (CommunityId community : communities) {
            closed += TenantScope.callAs(community, store::autoClose);
        }
        return closed;
    }

    /**
     * Staff turn one or more open needs (typically many similar wishes) into one micro-project; the needs
     * become escalated, the project speaks for all their residents.
     */
    public DemandViews.Detail escalateToProject(String community, Caller caller, List<UUID> needIds, String projectText) {
        CommunityId id = access(community, caller);
        if (!isStaff(caller)) {
            throw new ForbiddenActionException("only the community's staff escalate needs");
        }
        if (needIds == null || needIds.isEmpty()) {
            throw new InvalidInputException("needs", "name the needs that become the project");
        }
        if (projectText == null || projectText.isBlank()) {
            throw new InvalidInputException("text", "describe the project in a sentence");
        }
        return TenantScope.callAs(id, () -> store.escalate(caller, needIds, projectText.strip()));
    }

    /** Needs that probably ask for the same as this one, for staff to merge. */
    public List<DemandViews.Similar> similar(String community, Caller caller, UUID demandId) {
        CommunityId id = access(community, caller);
        if (!isStaff(caller)) {
            throw new ForbiddenActionException("only the community's staff merge needs");
        }
        return TenantScope.callAs(id, () -> store.similar(demandId));
    }

    /** Folds a need into another that asks for the same; its resident counts for the survivor. */
    public DemandViews.Detail merge(String community, Caller caller, UUID demandId, UUID intoId) {
        if (intoId == null) {
            throw new InvalidInputException("into", "say which need to merge into");
        }
        return staffAction(community, caller, demandId, (d, actor, now) -> d.mergeInto(store.need(intoId), actor, now));
    }

    /** Undoes a merge: the need returns to the library on its own. */
    public DemandViews.Detail split(String community, Caller caller, UUID demandId) {
        return staffAction(community, caller, demandId, (d, actor, now) -> {
            if (d.mergedInto() == null) {
                throw new IllegalTransitionException(d.status(), DemandStatus.SUBMITTED);
            }
            return d.splitFrom(store.need(d.mergedInto()), actor, now);
        });
    }

    /** The resident who raised the need says it is solved. */
    public DemandViews.Detail confirm(String community, Caller caller, UUID demandId) {
        return submitterAction(community, caller, demandId, (d, actor, now) -> d.confirm(actor, now));
    }

    /** The resident who raised the need says it is not solved. */
    public DemandViews.Detail reopen(String community, Caller caller, UUID demandId, String why) {
        return submitterAction(community, caller, demandId, (d, actor, now) -> d.reopen(actor, why, now));
    }

    /** The resident who raised the need (while it is open) or staff add a photo to it. */
    public DemandViews.Detail addPhoto(String community, Caller caller, UUID demandId, byte[] content) {
        CommunityId id = access(community, caller);
        return TenantScope.callAs(id, () -> store.addPhoto(caller, demandId, content));
    }

    /** A photo of a need, to whoever may see the need. */
    public DemandPhoto photo(String community, Caller caller, UUID demandId, UUID photoId) {
        CommunityId id = access(community, caller);
        return TenantScope.callAs(id, () -> store.photo(caller, demandId, photoId));
    }

    /** "I have this need too": counted once per resident, on public needs of others. */
    public DemandViews.Detail support(String community, Caller caller, UUID demandId) {
        CommunityId id = access(community, caller);
        return TenantScope.callAs(id, () -> store.support(caller, demandId));
    }

    private DemandViews.Detail staffAction(String community, Caller caller, UUID demandId, Action action) {
        CommunityId id = staffCommunity(community, caller);
        return TenantScope.callAs(id, () -> store.act(caller, demandId, action, false));
    }

    /** The community for its own staff; a caller who may only read it is refused. */
    private CommunityId staffCommunity(String community, Caller caller) {
        CommunityId id = access(community, caller);
        if (!isStaff(caller)) {
            throw new ForbiddenActionException("only the community's staff handle needs");
        }
        return id;
    }

    private DemandViews.Detail submitterAction(String community, Caller caller, UUID demandId, Action action) {
        CommunityId id = access(community, caller);
        return TenantScope.callAs(id, () -> store.act(caller, demandId, action, true));
    }

    /** Only the community's own people raise needs in it; anyone else is told it does not exist. */
    public void requireMember(String community, Caller caller) {
        CommunityId id = access(community, caller);
        if (caller.community().filter(id.value()::equals).isEmpty()) {
            throw new ForbiddenActionException("only the community's residents and staff raise needs here");
        }
    }

    static boolean isStaff(Caller caller) {
        return caller.community().isPresent() && caller.permissions().contains(Permission.TRIAGE_NEEDS);
    }

    private CommunityId access(String community, Caller caller) {
        if (!CommunityId.isValid(community)) {
            throw new CommunityNotFoundException(community);
        }
        CommunityId id = new CommunityId(community);
        TenantScope.runAs(id, () -> store.requireAccess(id, caller));
        return id;
    }

    /** The transactional work, entered with the community's scope set. */
    @ApplicationScoped
    public static class Store {

        @Inject
        DemandRepository demands;

        @Inject
        AccountRepository accounts;

        @Inject
        DemandClassifierService classifier;

        @Inject
        org.weimin.grid.model.GridRepository grid;

        private final Clock clock = Clock.systemUTC();

        @Inject
        CommunityGate gate;

        public void requireAccess(CommunityId id, Caller caller) {
            gate.readable(id, caller);
        }

        @Inject
        org.weimin.grid.application.HouseholdContacts.Store householdContacts;

        @Transactional
        public IntakeOutcome intake(CommunityId community, List<DemandDraft> drafts, Caller submitter, boolean publicVisible,
                                    String enteredBy, Contacts contacts) {
            householdContacts.record(contacts.contacts(), contacts.channel(), contacts.recordedBy());
            Instant now = clock.instant();
            Optional<Account> account = submitter == null ? Optional.empty() : accounts.findByUsername(submitter.username());
            List<String> created = new ArrayList<>();
            List<UUID> createdIds = new ArrayList<>();
            List<String> known = new ArrayList<>();
            for (DemandDraft draft : drafts) {
                DemandDraft.Origin origin = draft.origin();
                if (origin.externalId() != null) {
                    Optional<String> existing = demands.referenceByOrigin(origin.channel(), origin.externalId());
                    if (existing.isPresent()) {
                        known.add(existing.get());
                        continue;
                    }
                }
                var suggestion = withHint(classifier.suggest(community.value(), draft.text(), demands::examples), draft.categoryHint());
                Demand demand = new Demand(origin.channel(), origin.externalId(), origin.rawPayload(),
                        account.map(Account::id).orElse(null), account.map(Account::displayName).orElse(null),
                        draft.contact(), draft.text(), draft.placeHint(), draft.urgent() ? Urgency.URGENT : Urgency.NORMAL,
                        publicVisible, suggestion, now);
                demand.withPhotoAddress(draft.mediaUrl());
                if (draft.point() != null) {
                    demand.at(draft.point().latitude(), draft.point().longitude());
                }
                demand.fromHousehold(account.map(Account::householdId)
                        .or(() -> grid.householdByRef(draft.placeHint()).map(org.weimin.grid.model.Household::id)).orElse(null));
                demands.add(demand);
                if (enteredBy != null) {
                    demands.add(demand.submitted(enteredBy, "代录" + (draft.contact() == null ? "" : "：" + draft.contact())));
                } else {
                    demands.add(demand.submitted(submitter == null ? origin.channel() : submitter.username()));
                }
                created.add(demand.reference());
                createdIds.add(demand.id());
            }
            return new IntakeOutcome(created, known, createdIds);
        }

        @Transactional
        public DemandViews.Page page(CommunityId id, Caller caller, DemandFilter filter, int offset, int limit) {
            Instant now = clock.instant();
            DemandFilter scoped = scoped(caller, filter);
            List<Demand> found = demands.page(scoped, now, offset, limit);
            Map<UUID, Instant> seen = scoped.submitter() == null ? Map.of()
                    : demands.seen(scoped.submitter(), found.stream().map(Demand::id).toList()).stream()
                            .collect(Collectors.toMap(DemandSeen::demandId, DemandSeen::seenAt));
            Viewer viewer = viewer(caller);
            List<DemandViews.Summary> items = found.stream().map(d -> DemandViews.Summary.of(d, now, scoped.submitter() != null
                    && d.updatedAt().isAfter(seen.getOrDefault(d.id(), d.submittedAt())),
                    viewer.seesEverything() || viewer.raised(d))).toList();
            return new DemandViews.Page(items, demands.count(scoped, now), offset, limit);
        }

        @Transactional
        public long news(Caller caller) {
            UUID me = viewer(caller).accountId();
            return me == null ? 0 : demands.withNews(me);
        }

        /** The resident who raised the need has now seen all there is on it. */
        private void markSeen(Viewer viewer, Demand demand) {
            if (viewer.raised(demand)) {
                Instant now = clock.instant();
                demands.seen(demand.id(), viewer.accountId())
                        .ifPresentOrElse(s -> s.seenAgain(now), () -> demands.add(new DemandSeen(demand.id(), viewer.accountId(), now)));
            }
        }

        @Transactional
        public long count(Caller caller, DemandFilter filter) {
            return demands.count(scoped(caller, filter), clock.instant());
        }

        /** A resident's list is their own needs, unless they look at the public board. */
        private DemandFilter scoped(Caller caller, DemandFilter filter) {
            if (!isStaff(caller) && caller.community().isPresent() && !filter.publicOnly()) {
                UUID me = viewer(caller).accountId();
                if (me == null) {
                    throw new ForbiddenActionException("this sign-in has no account in the community any more");
                }
                return filter.ofSubmitter(me);
            }
            return filter;
        }

        @Transactional
        public DemandViews.Detail detailByReference(Caller caller, String reference) {
            return detail(caller, demands.idByReference(reference)
                    .orElseThrow(() -> new NotFoundException("no need " + reference + " here")));
        }

        @Transactional
        public DemandViews.Detail detail(Caller caller, UUID demandId) {
            Viewer viewer = viewer(caller);
            Demand demand = visible(viewer, demandId);
            markSeen(viewer, demand);
            return detail(viewer, demand);
        }

        @Transactional
        public DemandViews.Detail act(Caller caller, UUID demandId, Action action, boolean submitterOnly) {
            Viewer viewer = viewer(caller);
            Demand demand = visible(viewer, demandId);
            if (submitterOnly && !viewer.raised(demand)) {
                throw new ForbiddenActionException("only the resident who raised this need can do that");
            }
            action.apply(demand, caller.username(), clock.instant()).forEach(demands::add);
            markSeen(viewer, demand);
            return detail(viewer, demand);
        }

        @Transactional
        public DemandViews.Detail escalate(Caller caller, List<UUID> needIds, String text) {
            Instant now = clock.instant();
            List<Demand> needs = needIds.stream().distinct().map(this::need).toList();
            Demand project = Demand.projectFrom(needs, text, null, now);
            demands.add(project);
            demands.add(project.submitted(caller.username(), "由 " + needs.stream().map(Demand::reference)
                    .collect(java.util.stream.Collectors.joining("、")) + " 升级为微项目"));
            project.classify(DemandKind.PROJECT, needs.get(0).category() != null ? needs.get(0).category()
                    : needs.get(0).suggestion() != null ? needs.get(0).suggestion().category() : ServiceCategory.FACILITIES,
                    null, policy(), caller.username(), now).forEach(demands::add);
            for (Demand need : needs) {
                need.escalate(caller.username(), project.reference(), now).forEach(demands::add);
            }
            return detail(viewer(caller), project);
        }

        @Transactional
        public DemandViews.Detail addPhoto(Caller caller, UUID demandId, byte[] content) {
            Viewer viewer = viewer(caller);
            Demand demand = visible(viewer, demandId);
            boolean staff = isStaff(caller);
            if (!staff && !(viewer.raised(demand) && demand.status().isOpen())) {
                throw new ForbiddenActionException("photos are added by the resident who raised the need, while it is open, or by staff");
            }
            if (demands.photos(demandId).size() >= DemandPhoto.MAX_PER_NEED) {
                throw new ConflictException("a need has at most " + DemandPhoto.MAX_PER_NEED + " photos");
            }
            demands.add(new DemandPhoto(demandId, content, caller.username(), clock.instant()));
            return detail(viewer, demand);
        }

        @Transactional
        public DemandPhoto photo(Caller caller, UUID demandId, UUID photoId) {
            visible(viewer(caller), demandId);
            return demands.photo(demandId, photoId).orElseThrow(() -> new NotFoundException("no photo " + photoId + " on this need"));
        }

        @Transactional
        public DemandViews.Detail support(Caller caller, UUID demandId) {
            Viewer viewer = viewer(caller);
            Demand demand = visible(viewer, demandId);
            UUID me = viewer.accountId();
            if (me == null) {
                throw new ForbiddenActionException("only residents of this community can support a need");
            }
            if (me.equals(demand.submitterAccountId())) {
                throw new ConflictException("this is your own need");
            }
            if (demands.hasSupporter(demandId, me)) {
                throw new ConflictException("you already support this need");
            }
            Instant now = clock.instant();
            demands.add(new Supporter(demandId, me, now));
            demands.add(demand.supportedBy(caller.username(), now));
            return detail(viewer, demand);
        }

        /** A category the resident chose themselves beats the classifier's guess at it. */
        private static org.weimin.demand.model.Suggestion withHint(org.weimin.demand.model.Suggestion guess, String hint) {
            if (hint == null || hint.isBlank()) {
                return guess;
            }
            try {
                ServiceCategory chosen = ServiceCategory.valueOf(hint.strip().toUpperCase(java.util.Locale.ROOT));
                return new org.weimin.demand.model.Suggestion(guess.kind(), chosen, guess.confidence(), "居民选择的类别");
            } catch (IllegalArgumentException notACategory) {
                return guess;
            }
        }

        public void learn(String community, String text, DemandKind kind, ServiceCategory category, Instant now) {
            demands.add(new ClassificationExample(text, kind, category, now));
            classifier.forget(community);
        }

        @Transactional
        public List<Demand> publicRequests(java.util.Collection<String> references, ServiceCategory category, Instant from,
                                           Instant to, Boolean open, int limit) {
            return demands.publicRequests("intake.open311", references, category, from, to, open, limit);
        }

        DeadlinePolicy policy() {
            return demands.deadlines().map(org.weimin.demand.model.CommunityDeadlines::policy).orElse(DeadlinePolicy.defaults());
        }

        /** Closes resolved needs whose resident did not answer within the community's period. */
        @Transactional
        public int autoClose() {
            Instant now = clock.instant();
            DeadlinePolicy policy = policy();
            List<Demand> due = demands.resolvedBefore(now.minus(policy.autoCloseAfter()), 200);
            for (Demand demand : due) {
                demand.close("system", "居民 " + policy.autoCloseAfter().toDays() + " 天内未确认，自动归档", now).forEach(demands::add);
            }
            return due.size();
        }

        Demand need(UUID id) {
            return demands.find(id).orElseThrow(() -> new NotFoundException("no need " + id + " here"));
        }

        @Transactional
        public List<DemandViews.Similar> similar(UUID demandId) {
            Demand need = need(demandId);
            Instant now = clock.instant();
            List<Demand> recent = demands.openSince(need.submittedAt().minus(org.weimin.demand.model.DuplicateFinder.WINDOW), 500);
            return org.weimin.demand.model.DuplicateFinder.candidates(need, recent).stream()
                    .map(c -> new DemandViews.Similar(DemandViews.Summary.of(c.demand(), now), c.similarity())).toList();
        }

        /**
         * Who is looking, with their account in this community looked up once per request.
         *
         * @param accountId null for platform accounts (supervisors, assessors)
         */
        record Viewer(Caller caller, UUID accountId) {
            boolean raised(Demand demand) {
                return accountId != null && accountId.equals(demand.submitterAccountId());
            }

            boolean seesEverything() {
                return isStaff(caller) || caller.community().isEmpty();
            }

            /** The community's own staff: they alone read internal notes, contact details and raw deliveries. */
            boolean worksHere() {
                return isStaff(caller);
            }
        }

        Viewer viewer(Caller caller) {
            UUID account = caller.community().isEmpty() ? null
                    : accounts.findByUsername(caller.username()).map(Account::id).orElse(null);
            return new Viewer(caller, account);
        }

        /** Staff and readers see every need; a resident sees their own and public ones; anything else is not found. */
        private Demand visible(Viewer viewer, UUID demandId) {
            Demand demand = demands.find(demandId).orElseThrow(() -> new NotFoundException("no need " + demandId + " here"));
            if (viewer.seesEverything() || demand.isPublic() || viewer.raised(demand)) {
                return demand;
            }
            throw new NotFoundException("no need " + demandId + " here");
        }

        /** The role someone acts in on a timeline: the most responsible one they hold. */
        private static Role mainRole(java.util.Set<Role> roles) {
            return java.util.stream.Stream.of(Role.CADRE, Role.GRID_WORKER, Role.SOCIAL_WORKER, Role.RESIDENT)
                    .filter(roles::contains).findFirst().orElse(null);
        }

        private DemandViews.Detail detail(Viewer viewer, Demand demand) {
            boolean staff = viewer.seesEverything();
            List<DemandEvent> events = demands.timeline(demand.id()).stream().filter(e -> viewer.worksHere() || !e.isInternal())
                    .toList();
            java.util.Set<String> usernames = new java.util.HashSet<>();
            events.forEach(e -> {
                usernames.add(e.actor());
                if (e.type() == EventType.ASSIGNED && e.note() != null) {
                    usernames.add(e.note());
                }
            });
            Map<String, Account> actors = accounts.findByUsernames(usernames).stream().collect(Collectors.toMap(Account::username, a -> a));
            List<DemandViews.Event> timeline = events.stream().map(e -> {
                Account actor = actors.get(e.actor());
                Role role = actor == null ? null : mainRole(actor.roles());
                boolean hidden = !staff && role == Role.RESIDENT && !actor.id().equals(viewer.accountId());
                Account assignee = e.type() == EventType.ASSIGNED ? actors.get(e.note()) : null;
                return new DemandViews.Event(e.at(), hidden ? null : e.actor(), role, actor == null || hidden ? null : actor.displayName(),
                        e.channel(), e.type(), assignee == null ? e.note() : assignee.displayName(), e.isInternal());
            }).toList();
            boolean mine = viewer.raised(demand);
            boolean worker = viewer.worksHere();
            return new DemandViews.Detail(DemandViews.Summary.of(demand, clock.instant(), false, staff || mine),
                    staff || mine ? demand.submitterName() : null, worker ? demand.contact() : null, demand.resolution(),
                    demand.rejectionReason(), worker ? demand.rawPayload() : null, timeline, List.copyOf(demand.status().next()),
                    demands.photos(demand.id()), (staff || mine) && demand.householdId() != null
                            ? grid.householdReference(demand.householdId()).orElse(null) : null, demand.photoAddress());
        }
    }
}
