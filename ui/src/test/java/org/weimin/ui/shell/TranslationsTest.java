package org.weimin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.weimin.config.application.ConfigReport;
import org.weimin.identity.model.Permission;
import org.weimin.identity.model.Role;
import org.weimin.tenancy.model.CommunityStatus;

/** Every word the UI shows exists in Chinese and in English, so nobody ever sees a raw key. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([a-z0-9.-]+)\"");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("translations_en").stringPropertyNames())
                .isEqualTo(bundle("translations_zh_CN").stringPropertyNames());
        assertThat(bundle("translations").stringPropertyNames())
                .isEqualTo(bundle("translations_zh_CN").stringPropertyNames());
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String name : java.util.List.of("translations_en", "translations_zh_CN")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String key = line.split("=", 2)[0].strip();
                    if (line.contains("=") && !key.startsWith("#") && !seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertThat(twice).as("keys written twice in " + name + " (the later one silently wins)").isEmpty();
        }
    }

    @Test
    void everyKeyTheViewsAskForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    // A key ending in a dot is a prefix completed with an enum name, checked below.
                    if (!matcher.group(1).endsWith(".")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        Arrays.stream(Role.values()).forEach(r -> used.add("role." + r.name()));
        Arrays.stream(Permission.values()).forEach(p -> used.add("permission." + p.name()));
        Arrays.stream(CommunityStatus.values()).forEach(s -> used.add("status." + s.name()));
        Arrays.stream(ConfigReport.Status.values()).forEach(s -> used.add("config." + s.name()));
        Arrays.stream(org.weimin.plugin.model.FeatureKind.values()).forEach(k -> used.add("feature-kind." + k.name()));
        Arrays.stream(org.weimin.plugin.model.PluginState.values()).forEach(s -> used.add("plugin-state." + s.name()));
        Arrays.stream(org.weimin.organization.model.OrganizationStatus.values()).forEach(s -> used.add("organization-status." + s.name()));
        Arrays.stream(org.weimin.demand.model.DemandStatus.values()).forEach(v -> used.add("demand-status." + v.name()));
        Arrays.stream(org.weimin.demand.model.DemandKind.values()).forEach(v -> used.add("kind." + v.name()));
        Arrays.stream(org.weimin.demand.model.ServiceCategory.values()).forEach(v -> used.add("category." + v.name()));
        Arrays.stream(org.weimin.demand.model.Urgency.values()).forEach(v -> used.add("urgency." + v.name()));
        Arrays.stream(org.weimin.demand.model.OverdueMark.values()).forEach(v -> used.add("overdue." + v.name()));
        Arrays.stream(org.weimin.demand.model.EventType.values()).forEach(v -> used.add("event." + v.name()));
        Arrays.stream(org.weimin.demand.model.DemandStatus.values()).forEach(v -> used.add("need.what-next." + v.name()));
        Arrays.stream(org.weimin.demand.model.DemandStatus.values()).forEach(v -> used.add("resident-status." + v.name()));
        Arrays.stream(org.weimin.demand.model.DemandOrder.values()).forEach(v -> used.add("demands.sort." + v.name()));
        Arrays.stream(org.weimin.wish.model.ClaimMode.values()).forEach(v -> used.add("claim-mode." + v.name()));
        java.util.List.of("LAPSED", "WITHDRAWN", "RELEASED").forEach(v -> used.add("event.claim-ended." + v));
        Arrays.stream(org.weimin.wish.model.WishStatus.values()).forEach(v -> used.add("wish-status." + v.name()));
        Arrays.stream(org.weimin.wish.model.WishStatus.values()).forEach(v -> used.add("wish.nothing-to-do." + v.name()));
        Arrays.stream(org.weimin.wish.model.ClaimStatus.values()).forEach(v -> used.add("claim-status." + v.name()));
        Arrays.stream(org.weimin.wish.model.ClaimerKind.values()).forEach(v -> used.add("claimer-kind." + v.name()));
        Arrays.stream(org.weimin.wish.model.VolunteerStatus.values()).forEach(v -> used.add("volunteer-status." + v.name()));
        Arrays.stream(org.weimin.wish.model.WishRuleException.Reason.values()).forEach(v -> used.add("wish.refused." + v.name()));
        java.util.List.of("contact", "fulfil").forEach(v -> used.add("wish.claim.lapsed." + v));
        Arrays.stream(org.weimin.affair.model.SessionOutcome.values()).forEach(v -> used.add("session-outcome." + v.name()));
        Arrays.stream(java.time.DayOfWeek.values()).forEach(v -> used.add("weekday." + v.name()));
        java.util.List.of("firstOn", "everyWeeks", "startsAt", "place", "note", "assignee", "meetingId")
                .forEach(v -> used.add("sessions.invalid." + v));
        java.util.List.of("title", "period", "periodStart", "collectUntil", "methods", "projectIds", "projectThreshold")
                .forEach(v -> used.add("rounds.invalid." + v));
        java.util.List.of("pdf", "csv").forEach(v -> used.add("rounds.slips." + v));
        Arrays.stream(org.weimin.evaluation.model.RoundPeriod.values()).forEach(v -> used.add("round-period." + v.name()));
        java.util.List.of("need.done.to-session", "home.link.sessions", "volunteers.done.team", "need.done.accept-organization").forEach(used::add);
        java.util.List.of("contactWithinDays", "fulfilWithinDays").forEach(v -> used.add("deadlines.claim-invalid." + v));
        Arrays.stream(org.weimin.project.model.FundingMode.values()).forEach(v -> {
            used.add("funding-mode." + v.name());
            used.add("funding-mode.help." + v.name());
            used.add("projects.approve." + v.name());
        });
        Arrays.stream(org.weimin.project.model.ProjectStatus.values()).forEach(v -> used.add("project-status." + v.name()));
        Arrays.stream(org.weimin.project.model.MilestoneStatus.values()).forEach(v -> used.add("milestone-status." + v.name()));
        Arrays.stream(org.weimin.project.model.ProjectRuleException.Reason.values()).forEach(v -> used.add("project.refused." + v.name()));
        java.util.List.of("title", "goal", "mode", "budget", "milestones", "needId", "organizationId", "reason", "note")
                .forEach(v -> used.add("project.invalid." + v));
        java.util.List.of("projects.done.deliver", "projects.done.accept", "projects.done.approve", "projects.done.reject",
                "projects.done.results", "projects.done.close", "projects.results.met", "projects.results.missed", "projects.close",
                "projects.reject", "home.link.projects").forEach(used::add);
        // The statement's documents read their words from the bundle by these keys.
        java.util.List.of("seq", "time", "kind", "amount-fen", "amount", "from", "to", "donor", "document", "reason", "previous-hash", "hash",
                "head", "community", "subsidy", "donations", "leverage", "matched", "committed", "disbursed", "refunded")
                .forEach(v -> used.add("fund.export." + v));
        java.util.List.of("csv", "xlsx", "pdf").forEach(v -> used.add("fund.download." + v));
        Arrays.stream(org.weimin.fund.model.AccountKind.values()).forEach(v -> used.add("fund-account." + v.name()));
        Arrays.stream(org.weimin.fund.model.EntryKind.values()).forEach(v -> used.add("fund-entry." + v.name()));
        Arrays.stream(org.weimin.fund.model.DonationMethod.values()).forEach(v -> used.add("donation-method." + v.name()));
        Arrays.stream(org.weimin.fund.model.FundRuleException.Reason.values()).forEach(v -> used.add("fund.refused." + v.name()));
        java.util.List.of("amountFen", "document", "receiptNo", "donorName", "goods", "method", "namedFundId", "name", "reason")
                .forEach(v -> used.add("fund.invalid." + v));
        java.util.List.of("fund.done.donation", "fund.done.subsidy", "fund.done.named", "fund.done.reverse", "home.link.routine",
                "home.link.fund", "home.link.fund-books", "volunteers.done.correct", "fund.done.match", "campaign.done.open", "campaign.open",
                "home.link.funding", "funding.title", "funding.intro", "funding.project.intro").forEach(used::add);
        java.util.List.of("targetFen", "deadline", "factorNumerator", "factorDenominator", "donationCapFen", "projectCapFen", "donorCapFen",
                "thresholdGrantFen", "thresholdPercent", "thresholdDonors").forEach(v -> used.add("fund.invalid." + v));
        Arrays.stream(org.weimin.fund.model.CampaignStatus.values()).forEach(v -> used.add("campaign-status." + v.name()));
        Arrays.stream(org.weimin.project.model.VentureStatus.values()).forEach(v -> used.add("venture-status." + v.name()));
        Arrays.stream(org.weimin.fund.model.PaymentStatus.values()).forEach(v -> used.add("payment-status." + v.name()));
        Arrays.stream(org.weimin.evaluation.model.Satisfaction.values()).forEach(v -> used.add("satisfaction." + v.name()));
        Arrays.stream(org.weimin.evaluation.model.EvaluationRuleException.Reason.values()).forEach(v -> used.add("rating.refused." + v.name()));
        java.util.List.of("home.link.return-visits").forEach(used::add);
        java.util.List.of("online-gift.invalid.amountFen", "online-gift.invalid.donorName", "payment.title", "payment.intro").forEach(used::add);
        Arrays.stream(org.weimin.project.model.TieRule.values()).forEach(v -> used.add("tie-rule." + v.name()));
        Arrays.stream(org.weimin.project.model.VentureRanking.Outcome.values()).forEach(v -> used.add("venture-outcome." + v.name()));
        java.util.List.of("theme", "description", "budgetFen", "proposalsUntil", "votingUntil", "expertPercent", "tieRule", "criteria", "experts",
                "points", "proposalId", "request").forEach(v -> used.add("venture.invalid." + v));
        java.util.List.of("venture.done.open", "venture.done.close", "venture.done.decide", "venture.done.propose", "venture.done.vote",
                "venture.done.score", "home.link.ventures", "ventures.title", "ventures.intro", "venture.intro", "venture.criterion.fit",
                "venture.criterion.feasible", "venture.criterion.budget").forEach(used::add);
        // Page steps name their message keys as strings handed to a runner, not as getTranslation calls.
        java.util.List.of("wish.done.claim", "wish.done.contacted", "wish.done.fulfil", "wish.done.withdraw", "wish.done.release",
                "wish.done.assign", "wish.done.confirm-on-behalf", "wish.done.not-fulfilled", "wish.done.thanks", "volunteers.done.sign-up",
                "volunteers.done.register", "volunteers.done.verify", "volunteers.done.reject", "volunteers.done.leaderboard",
                "home.link.wishes", "home.link.volunteering", "home.link.volunteers", "home.link.claims", "wishes.link.claims",
                "wishes.link.volunteers", "wish.resident.why", "wish.release.reason", "wish.withdraw.reason", "wish.thanks",
                "wish.story.write", "volunteers.sign-up.title", "volunteers.register.title", "volunteers.sign-up", "volunteers.register",
                "volunteers.line.credit", "volunteers.line.reversal", "wish.mine.contact-by", "wish.mine.fulfil-by", "wish.sign-in-to-claim",
                "wish.sign-in", "wishes.empty", "wishes.empty-filtered").forEach(used::add);
        used.add("plugins.source.built-in");
        used.add("plugins.source.installed");
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle("translations_zh_CN").stringPropertyNames()).containsAll(used);
    }

    @Test
    void chineseIsTheDefault() {
        UiTranslations translations = new UiTranslations();
        assertThat(translations.getTranslation("layout.sign-out", null)).isEqualTo("退出登录");
        assertThat(translations.getTranslation("layout.sign-out", Locale.FRENCH)).isEqualTo("退出登录");
        assertThat(translations.getTranslation("layout.sign-out", Locale.ENGLISH)).isEqualTo("Sign out");
        assertThat(translations.getTranslation("home.greeting", Locale.ENGLISH, "Li")).isEqualTo("Hello, Li!");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
