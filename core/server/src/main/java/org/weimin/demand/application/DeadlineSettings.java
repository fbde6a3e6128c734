package org.weimin.demand.application;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.weimin.demand.model.CommunityDeadlines;
import org.weimin.demand.model.DeadlinePolicy;
import org.weimin.demand.model.DeadlineRepository;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.ValidationResult;
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
    DeadlineRepository deadlines;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public Map<String, Object> current(CommunityId community, Caller caller) {
        NeedAccess.requireMember(caller, community);
        return values(deadlines.policy());
    }

    @InCommunity
    @Transactional
    public Map<String, Object> update(CommunityId community, Caller caller, Map<String, Object> values) {
        NeedAccess.requireMember(caller, community);
        if (!caller.permissions().contains(Permission.MANAGE_COMMUNITY)) {
            throw new ForbiddenActionException("only the community's cadres set its deadlines");
        }
        return values(store(parse(values)));
    }

    /** Applies a configuration file's deadlines, inside the file's transaction and community scope. */
    @InCommunity
    @Transactional
    public void applyFromConfig(CommunityId community, Map<String, Object> values) {
        store(parse(values));
    }

    private DeadlinePolicy store(DeadlinePolicy policy) {
        deadlines.current().ifPresentOrElse(d -> d.change(policy, clock.instant()),
                () -> deadlines.add(new CommunityDeadlines(policy, clock.instant())));
        return policy;
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

    private static Field hours(String key, String zh, String en, Duration standard) {
        return Field.integer(key, LocalizedText.of(zh, en)).withRange(1, 720).withDefault(String.valueOf(standard.toHours()));
    }

    private static Field days(String key, String zh, String en, Duration standard, int max) {
        return Field.integer(key, LocalizedText.of(zh, en)).withRange(1, max).withDefault(String.valueOf(standard.toDays()));
    }
}
