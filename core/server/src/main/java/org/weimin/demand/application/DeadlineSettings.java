package org.weimin.demand.application;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.weimin.demand.model.CommunityDeadlines;
import org.weimin.demand.model.DeadlinePolicy;
import org.weimin.demand.model.DemandRepository;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.ValidationResult;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Each community sets how soon it answers and resolves needs, by kind, and when resolved needs close by themselves. */
@ApplicationScoped
public class DeadlineSettings {

    private static final DeadlinePolicy DEFAULTS = DeadlinePolicy.defaults();

    /** The policy as a form: the UI renders it, the REST API and the configuration files are checked against it. */
    public static final FormSchema SCHEMA = FormSchema.of(
            hours("respondWishHours", "微心愿响应时限（小时）", "Respond to wishes within (hours)", DEFAULTS.respondWish()),
            days("resolveWishDays", "微心愿办结时限（天）", "Resolve wishes within (days)", DEFAULTS.resolveWish(), 365),
            hours("respondAffairHours", "微事务响应时限（小时）", "Respond to affairs within (hours)", DEFAULTS.respondAffair()),
            days("resolveAffairDays", "微事务办结时限（天）", "Resolve affairs within (days)", DEFAULTS.resolveAffair(), 365),
            hours("respondProjectHours", "微项目响应时限（小时）", "Respond to projects within (hours)", DEFAULTS.respondProject()),
            days("resolveProjectDays", "微项目办结时限（天）", "Resolve projects within (days)", DEFAULTS.resolveProject(), 730),
            days("autoCloseDays", "办结后居民未确认自动归档（天）", "Close resolved needs the resident did not answer after (days)",
                    DEFAULTS.autoCloseAfter(), 90));

    @Inject
    DemandService demands;

    @Inject
    Store store;

    public Map<String, Object> current(String community, Caller caller) {
        CommunityId id = member(community, caller);
        return TenantScope.callAs(id, () -> values(store.policy()));
    }

    public Map<String, Object> update(String community, Caller caller, Map<String, Object> values) {
        CommunityId id = member(community, caller);
        if (!caller.permissions().contains(Permission.MANAGE_COMMUNITY)) {
            throw new ForbiddenActionException("only the community's cadres set its deadlines");
        }
        DeadlinePolicy policy = parse(values);
        TenantScope.runAs(id, () -> store.set(policy));
        return values(policy);
    }

    /** Checks values against the form and turns them into a policy; refuses them field by field. */
    public static DeadlinePolicy parse(Map<String, Object> values) {
        ValidationResult result = SCHEMA.validate(values == null ? Map.of() : values);
        if (!result.isValid()) {
            throw new InvalidSettingsException("deadlines", result.errors());
        }
        var v = result.settings();
        return new DeadlinePolicy(Duration.ofHours(v.integer("respondWishHours").orElseThrow()),
                Duration.ofDays(v.integer("resolveWishDays").orElseThrow()),
                Duration.ofHours(v.integer("respondAffairHours").orElseThrow()),
                Duration.ofDays(v.integer("resolveAffairDays").orElseThrow()),
                Duration.ofHours(v.integer("respondProjectHours").orElseThrow()),
                Duration.ofDays(v.integer("resolveProjectDays").orElseThrow()),
                Duration.ofDays(v.integer("autoCloseDays").orElseThrow()));
    }

    private static Map<String, Object> values(DeadlinePolicy policy) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("respondWishHours", policy.respondWish().toHours());
        values.put("resolveWishDays", policy.resolveWish().toDays());
        values.put("respondAffairHours", policy.respondAffair().toHours());
        values.put("resolveAffairDays", policy.resolveAffair().toDays());
        values.put("respondProjectHours", policy.respondProject().toHours());
        values.put("resolveProjectDays", policy.resolveProject().toDays());
        values.put("autoCloseDays", policy.autoCloseAfter().toDays());
        return values;
    }

    private CommunityId member(String community, Caller caller) {
        demands.requireMember(community, caller);
        return new CommunityId(community);
    }

    private static Field hours(String key, String zh, String en, Duration standard) {
        return Field.integer(key, LocalizedText.of(zh, en)).withRange(1, 720).withDefault(String.valueOf(standard.toHours()));
    }

    private static Field days(String key, String zh, String en, Duration standard, int max) {
        return Field.integer(key, LocalizedText.of(zh, en)).withRange(1, max).withDefault(String.valueOf(standard.toDays()));
    }

    /** The transactional work, entered with the community's scope set. */
    @ApplicationScoped
    public static class Store {

        @Inject
        DemandRepository repository;

        private final Clock clock = Clock.systemUTC();

        @Transactional
        public DeadlinePolicy policy() {
            return repository.deadlines().map(CommunityDeadlines::policy).orElse(DEFAULTS);
        }

        @Transactional
        public void set(DeadlinePolicy policy) {
            repository.deadlines().ifPresentOrElse(d -> d.change(policy, clock.instant()),
                    () -> repository.add(new CommunityDeadlines(policy, clock.instant())));
        }
    }
}
