package org.weimin.demand.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.weimin.demand.model.ClassificationExampleRepository;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.demand.model.Suggestion;
import org.weimin.demand.model.Urgency;
import org.weimin.grid.application.HouseholdContacts;
import org.weimin.grid.application.Households;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.HouseholdContact;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Takes what a delivery brings into the demand library: each draft becomes a need with its origin, and a
 * draft whose origin is already known creates nothing new. One delivery, needs and household contacts
 * alike, is stored in one transaction: all of it or nothing.
 */
@ApplicationScoped
public class RecordNeeds {

    /** What a delivery became; {@code createdIds} in the order of {@code created}. */
    public record Outcome(List<String> created, List<String> alreadyKnown, List<UUID> createdIds) {
    }

    /** Households a delivery says staff were in touch with, and who reports them. */
    public record Contacts(List<HouseholdContact> contacts, String channel, String recordedBy) {
    }

    @Inject
    DemandRepository demands;

    @Inject
    ClassificationExampleRepository examples;

    @Inject
    CommunityPeople people;

    @Inject
    DemandClassifierService classifier;

    @Inject
    Households households;

    @Inject
    HouseholdContacts householdContacts;

    @Inject
    NeedTimeline timeline;

    @Inject
    Clock clock;

    /** @param publicVisible whether the resident put the needs on the public board */
    @RetriedOnClash
    @InCommunity
    @Transactional
    public Outcome record(CommunityId community, List<DemandDraft> drafts, Submitter submitter, boolean publicVisible,
                          Contacts contacts) {
        householdContacts.record(community, contacts.contacts(), contacts.channel(), contacts.recordedBy());
        Instant now = clock.instant();
        Optional<CommunityPeople.Person> account = submitter instanceof Submitter.Resident resident
                ? people.byUsername(resident.caller().username()) : Optional.empty();
        List<String> created = new ArrayList<>();
        List<UUID> createdIds = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (DemandDraft draft : drafts) {
            DemandDraft.Origin origin = draft.origin();
            Optional<String> existing = origin.externalId() == null ? Optional.empty()
                    : demands.referenceByOrigin(origin.channel(), origin.externalId());
            if (existing.isPresent()) {
                known.add(existing.get());
                continue;
            }
            Demand demand = newNeed(community, draft, account, publicVisible, now);
            demands.add(demand);
            timeline.record(submitted(demand, submitter, draft));
            created.add(demand.reference());
            createdIds.add(demand.id());
        }
        return new Outcome(created, known, createdIds);
    }

    private Demand newNeed(CommunityId community, DemandDraft draft, Optional<CommunityPeople.Person> account, boolean publicVisible,
                           Instant now) {
        DemandDraft.Origin origin = draft.origin();
        Suggestion suggestion = withHint(classifier.suggest(community, draft.text(), examples::all), draft.categoryHint());
        Demand demand = new Demand(origin.channel(), origin.externalId(), origin.rawPayload(),
                account.map(CommunityPeople.Person::accountId).orElse(null), account.map(CommunityPeople.Person::displayName).orElse(null),
                draft.contact(), draft.text(), draft.placeHint(), draft.urgent() ? Urgency.URGENT : Urgency.NORMAL,
                publicVisible, suggestion, now);
        demand.withPhotoAddress(draft.mediaUrl());
        if (draft.point() != null) {
            demand.at(draft.point().latitude(), draft.point().longitude());
        }
        demand.fromHousehold(account.map(CommunityPeople.Person::householdId).or(() -> households.idOf(draft.placeHint())).orElse(null));
        return demand;
    }

    /** The first line of the timeline: who brought the need in. */
    private static org.weimin.demand.model.DemandEvent submitted(Demand demand, Submitter submitter, DemandDraft draft) {
        if (submitter instanceof Submitter.Resident resident) {
            return demand.submitted(resident.caller().username());
        }
        if (submitter instanceof Submitter.OnBehalf onBehalf) {
            return demand.submitted(onBehalf.enteredBy(), "代录" + (draft.contact() == null ? "" : "：" + draft.contact()));
        }
        return demand.submitted(draft.origin().channel());
    }

    /** A category the resident chose themselves beats the classifier's guess at it. */
    private static Suggestion withHint(Suggestion guess, String hint) {
        if (hint == null || hint.isBlank()) {
            return guess;
        }
        try {
            ServiceCategory chosen = ServiceCategory.valueOf(hint.strip().toUpperCase(Locale.ROOT));
            return new Suggestion(guess.kind(), chosen, guess.confidence(), "居民选择的类别");
        } catch (IllegalArgumentException notACategory) {
            return guess;
        }
    }
}
