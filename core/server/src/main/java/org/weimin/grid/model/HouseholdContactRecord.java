package org.weimin.grid.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/** Staff were in touch with a household on a day (a visit, a call), with or without a need coming of it. */
public class HouseholdContactRecord {

    private String tenantId;
    private UUID id;
    private String household;
    private UUID householdId;
    private LocalDate contactDate;
    private String channel;
    private String recordedBy;
    private String note;
    private Instant recordedAt;

    protected HouseholdContactRecord() {
    }

    /** @param householdId the registered household, or null when the reference matches none in the grid */
    public HouseholdContactRecord(String household, UUID householdId, LocalDate contactDate, String channel,
                                  String recordedBy, String note, Instant now) {
        this.id = UUID.randomUUID();
        this.household = InvalidInputException.atMost("household", household, 30);
        this.householdId = householdId;
        this.contactDate = contactDate;
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.note = InvalidInputException.atMost("note", note, 2000);
        this.recordedAt = now;
    }

    public String household() { return household; }
    public UUID householdId() { return householdId; }
    public LocalDate contactDate() { return contactDate; }
    public String channel() { return channel; }
    public String recordedBy() { return recordedBy; }
    public String note() { return note; }
}
