package org.weimin.project.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Venture calls with their criteria, panel and published results; the experts' sheets and the households' votes. */
public interface VentureRepository {

    void add(VentureCall call);

    /** The call locked until the transaction ends: its proposals, sheets and votes wait for a decision in progress. */
    Optional<VentureCall> lock(UUID id);

    Optional<VentureCall> find(UUID id);

    /** Newest first. */
    List<VentureCall> all();

    Optional<ScoreSheet> sheet(UUID callId, UUID proposalId, String expert);

    void addSheet(ScoreSheet sheet);

    List<ScoreSheet> sheets(UUID callId);

    Optional<HouseholdVote> voteOf(UUID callId, UUID householdId);

    void addVote(HouseholdVote vote);

    /** Votes per proposal. */
    Map<UUID, Long> votes(UUID callId);

    void addResults(List<VentureResult> results);

    List<VentureResult> results(UUID callId);
}
