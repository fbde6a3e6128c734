package org.weimin.grid.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.weimin.grid.model.GridRepository;
import org.weimin.grid.model.HouseholdContactRecord;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.spi.intake.HouseholdContact;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Who the community's staff were in touch with, need or not: the basis of household coverage. Contacts
 * come in through channels (door-to-door visit logs) and are matched to the registered households.
 */
@ApplicationScoped
public class HouseholdContacts {

    /** Contacts since a day, and how many of the community's registered households they reached. */
    public record Coverage(LocalDate since, long contacts, long householdsReached, long householdsRegistered,
                           List<Entry> entries) {
    }

    /** @param registered whether the reference matched a household in the grid */
    public record Entry(String household, boolean registered, LocalDate date, String channel, String recordedBy, String note) {
    }

    @Inject
    GridRepository grid;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public Coverage since(CommunityId community, Caller caller, LocalDate since) {
        if (caller.community().isPresent() && !caller.permissions().contains(Permission.VISIT_HOUSEHOLDS)
                && !caller.permissions().contains(Permission.MANAGE_COMMUNITY)) {
            throw new ForbiddenActionException("only the community's staff see household contacts");
        }
        List<HouseholdContactRecord> contacts = grid.contactsSince(since);
        long reached = contacts.stream().filter(c -> c.householdId() != null).map(HouseholdContactRecord::householdId)
                .distinct().count();
        List<Entry> entries = contacts.stream().limit(500).map(c -> new Entry(c.household(), c.householdId() != null,
                c.contactDate(), c.channel(), c.recordedBy(), c.note())).toList();
        return new Coverage(since, contacts.size(), reached, grid.households().size(), entries);
    }

    /** Stores the contacts a delivery reports; joins the delivery's transaction, so they are kept with its needs or not at all. */
    @InCommunity
    @Transactional
    public void record(CommunityId community, List<HouseholdContact> contacts, String channel, String recordedBy) {
        for (HouseholdContact contact : contacts) {
            grid.add(new HouseholdContactRecord(contact.household().strip(),
                    grid.householdByRef(contact.household()).map(h -> h.id()).orElse(null), contact.date(), channel,
                    recordedBy, contact.note(), clock.instant()));
        }
    }
}
