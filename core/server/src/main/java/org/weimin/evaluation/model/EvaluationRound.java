package org.weimin.evaluation.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;
import org.weimin.spi.evaluation.EvaluationSubject;

/**
 * An evaluation round (评估轮次) of one community and period: the methods it uses with their weights, what it
 * evaluates (the community's period and chosen micro-projects), and the window in which answers are collected. Closing
 * it scores it and publishes the first version of its results.
 */
public class EvaluationRound {

    public static final int DEFAULT_PROJECT_THRESHOLD = 60;

    /** A method chosen for the round, with its weight (relative; equal weights unless the cadre says otherwise). */
    public record MethodChoice(String featureId, int weight) {
    }

    /** A micro-project chosen as a subject. */
    public record ProjectChoice(UUID projectId, String title) {
    }

    private String tenantId;
    private UUID id;
    private String title;
    private RoundPeriod period;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate collectUntil;
    private int projectThreshold;
    private RoundStatus status;
    private String openedBy;
    private Instant openedAt;
    private String closedBy;
    private Instant closedAt;
    private long version;
    private List<RoundMethod> methods = new ArrayList<>();
    private List<RoundSubject> subjects = new ArrayList<>();

    protected EvaluationRound() {
    }

    /**
     * @param periodName how the community's own period is named as a subject (e.g. "黄龙社区 2026年第四季度")
     */
    public static EvaluationRound open(String title, RoundPeriod period, LocalDate periodStart, LocalDate collectUntil,
                                       List<MethodChoice> methods, List<ProjectChoice> projects, Integer projectThreshold,
                                       String periodName, String by, Instant now, LocalDate today) {
        EvaluationRound round = new EvaluationRound();
        round.id = UUID.randomUUID();
        round.title = InvalidInputException.required("title", title, 100);
        if (period == null) {
            throw new InvalidInputException("period", "is missing: MONTH, QUARTER or YEAR");
        }
        round.period = period;
        round.periodEnd = period.lastDay(periodStart);
        round.periodStart = periodStart;
        if (collectUntil == null || collectUntil.isBefore(today)) {
            throw new InvalidInputException("collectUntil", "the last day answers are taken must be today or later");
        }
        if (collectUntil.isAfter(today.plusDays(92))) {
            throw new InvalidInputException("collectUntil", "answers are collected for at most three months, until " + today.plusDays(92));
        }
        round.collectUntil = collectUntil;
        int threshold = projectThreshold == null ? DEFAULT_PROJECT_THRESHOLD : projectThreshold;
        if (threshold < 0 || threshold > 100) {
            throw new InvalidInputException("projectThreshold", "is a score from 0 to 100, not " + threshold);
        }
        round.projectThreshold = threshold;
        round.choose(methods);
        round.subjects.add(new RoundSubject(round.id, EvaluationSubject.COMMUNITY_PERIOD, null, periodName, 0));
        Set<UUID> seen = new HashSet<>();
        for (ProjectChoice project : projects == null ? List.<ProjectChoice>of() : projects) {
            if (!seen.add(project.projectId())) {
                throw new InvalidInputException("projectIds", "the project " + project.projectId() + " is named twice");
            }
            round.subjects.add(new RoundSubject(round.id, EvaluationSubject.PROJECT, project.projectId(), project.title(), round.subjects.size()));
        }
        round.status = RoundStatus.COLLECTING;
        round.openedBy = by;
        round.openedAt = now;
        return round;
    }

    private void choose(List<MethodChoice> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            throw new InvalidInputException("methods", "a round uses at least one of the community's evaluation methods");
        }
        Set<String> seen = new HashSet<>();
        for (MethodChoice method : chosen) {
            if (!seen.add(method.featureId())) {
                throw new InvalidInputException("methods", "the method " + method.featureId() + " is named twice");
            }
            if (method.weight() < 1 || method.weight() > 100) {
                throw new InvalidInputException("methods", "a method's weight is 1 to 100, not " + method.weight());
            }
            methods.add(new RoundMethod(id, method.featureId(), method.weight(), methods.size()));
        }
    }

    /** Answers are taken while the round collects and its window has not passed. */
    public void requireCollecting(LocalDate today) {
        if (status != RoundStatus.COLLECTING || today.isAfter(collectUntil)) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.ROUND_CLOSED, "the round took answers until " + collectUntil);
        }
    }

    public void close(String by, Instant now) {
        if (status != RoundStatus.COLLECTING) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.ROUND_CLOSED, "the round was closed on " + closedAt);
        }
        this.status = RoundStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = now;
    }

    public void requireClosed() {
        if (status != RoundStatus.CLOSED) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.ROUND_OPEN, "the round is still collecting answers");
        }
    }

    public Optional<RoundMethod> method(String featureId) {
        return methods.stream().filter(m -> m.featureId().equals(featureId)).findFirst();
    }

    public Optional<RoundSubject> subject(UUID subjectId) {
        return subjects.stream().filter(s -> s.id().equals(subjectId)).findFirst();
    }

    public RoundSubject periodSubject() {
        return subjects.stream().filter(s -> s.kind() == EvaluationSubject.COMMUNITY_PERIOD).findFirst().orElseThrow();
    }

    /** Loaded by the repository with the round. */
    public void load(List<RoundMethod> loadedMethods, List<RoundSubject> loadedSubjects) {
        this.methods = new ArrayList<>(loadedMethods);
        this.subjects = new ArrayList<>(loadedSubjects);
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public RoundPeriod period() { return period; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate periodEnd() { return periodEnd; }
    public LocalDate collectUntil() { return collectUntil; }
    public int projectThreshold() { return projectThreshold; }
    public RoundStatus status() { return status; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
    public List<RoundMethod> methods() { return List.copyOf(methods); }
    public List<RoundSubject> subjects() { return List.copyOf(subjects); }
}
