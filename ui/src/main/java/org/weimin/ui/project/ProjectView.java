package org.weimin.ui.project;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.weimin.fund.application.CampaignDonations;
import org.weimin.fund.application.FundIncome;
import org.weimin.fund.application.FundReports;
import org.weimin.fund.application.FundViews;
import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.CampaignStatus;
import org.weimin.fund.model.FundRuleException;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.project.application.ProjectCrowdfunding;
import org.weimin.project.application.ProjectDecisions;
import org.weimin.project.application.ProjectViews;
import org.weimin.project.application.Projects;
import org.weimin.project.model.FundingMode;
import org.weimin.project.model.MilestoneStatus;
import org.weimin.project.model.ProjectRuleException;
import org.weimin.project.model.ProjectStatus;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.fund.DonationForm;
import org.weimin.ui.fund.FundLabels;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.InputErrors;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Money;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.YuanField;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * One micro-project for staff ({@code /t/{community}/projects/{id}}): its goal, its crowdfunding (opened by the cadre
 * for a proposal; donations recorded from their receipts and matched), budget and milestones, and the step its
 * mode allows next — approval with the fund's commitment, a milestone delivered and accepted with its payment, a
 * reward's results verified, or ending it unfinished.
 */
@Route(value = "t/:community/projects/:id", layout = MainLayout.class)
public class ProjectView extends CommunityPage {

    private final Projects projects;
    private final ProjectDecisions decisions;
    private final ProjectCrowdfunding crowdfunding;
    private final CampaignDonations donations;
    private final FundReports reports;
    private final Div content = new Div();
    private CommunityId community;
    private ZoneId zone;
    private Caller caller;
    private UUID id;

    @Inject
    public ProjectView(CommunityAdministration communities, Projects projects, ProjectDecisions decisions, ProjectCrowdfunding crowdfunding,
                       CampaignDonations donations, FundReports reports) {
        super(communities);
        this.reports = reports;
        this.crowdfunding = crowdfunding;
        this.donations = donations;
        this.projects = projects;
        this.decisions = decisions;
    }

    @Override
    protected String render(Community shown, Caller signedIn) {
        community = shown.id();
        zone = shown.timeZone();
        caller = signedIn;
        if (!caller.holds(Permission.TRIAGE_NEEDS)) {
            showNotAllowed();
            return getTranslation("projects.title");
        }
        try {
            id = UUID.fromString(routeParameter("id"));
        } catch (IllegalArgumentException notAnId) {
            throw new org.weimin.shared.NotFoundException("no such project");
        }
        content.setWidthFull();
        add(content);
        return show().title();
    }

    private ProjectViews.Detail show() {
        ProjectViews.Detail p = projects.project(community, caller, id);
        content.removeAll();
        Div about = ProjectParts.about(this, p, "project");
        content.add(new H1(p.title()), about);
        Div campaign = crowdfunding(p);
        if (campaign != null) {
            content.add(campaign);
        }
        content.add(MainLayout.card(new H2(getTranslation("projects.budget")), ProjectParts.budget(p)), milestones(p));
        if (cadre()) {
            content.add(decisionsFor(p));
        }
        return p;
    }

    /** The project's crowdfunding: its progress and, while it is open, a donation from its receipt; for the cadre of a proposal, its opening. */
    private Div crowdfunding(ProjectViews.Detail p) {
        FundViews.Campaign campaign = p.crowdfunding();
        if (campaign == null && !(cadre() && p.status() == ProjectStatus.PROPOSED && p.ventureCallId() == null)) {
            return null;
        }
        Div card = MainLayout.card(new H2(getTranslation("campaign.title")));
        card.setId("project-crowdfunding");
        if (campaign == null) {
            YuanField target = new YuanField(getTranslation("campaign.target"), "campaign-target", "targetFen");
            target.setValue(java.math.BigDecimal.valueOf(p.budgetFen(), 2));
            DatePicker deadline = new DatePicker(getTranslation("campaign.deadline.pick"));
            deadline.setId("campaign-deadline");
            deadline.setValue(LocalDate.now(zone).plusDays(30));
            Button open = button("campaign.open", "campaign-open", ButtonVariant.LUMO_CONTRAST, () -> run("campaign.done.open",
                    () -> crowdfunding.open(community, caller, id, new ProjectCrowdfunding.Opening(target.fen(), deadline.getValue()))));
            Div fields = new Div(target, deadline);
            fields.addClassName("wish-filters");
            card.add(new Paragraph(getTranslation("campaign.explain")), fields, new Div(open));
            return card;
        }
        card.add(new CampaignProgress(campaign, zone));
        if (campaign.status() == CampaignStatus.OPEN) {
            card.add(new Details(getTranslation("campaign.donation.open"), new DonationForm("campaign-donation", List.of(),
                    receipt -> gift(campaign, receipt))));
        }
        return card;
    }

    private void gift(FundViews.Campaign campaign, Supplier<FundIncome.DonationReceipt> receipt) {
        run(null, () -> {
            FundViews.Gift gift = donations.record(community, caller, campaign.id(), receipt.get());
            Notifications.success(gift.matchedFen() > 0 ? getTranslation("campaign.done.matched", Money.yuan(gift.matchedFen()))
                    : getTranslation("campaign.done.unmatched"));
            return null;
        });
    }

    private Div milestones(ProjectViews.Detail p) {
        Div card = MainLayout.card(new H2(getTranslation("projects.form.milestones")));
        card.setId("project-milestones");
        UnorderedList list = new UnorderedList();
        list.addClassName("card-list");
        for (ProjectViews.Step step : p.milestones()) {
            Div item = ProjectParts.milestone(this, step);
            if (p.status() == ProjectStatus.UNDER_WAY && step.status() == MilestoneStatus.PLANNED) {
                TextField note = new TextField(getTranslation("projects.deliver.note"));
                note.setMaxLength(2000);
                note.setWidthFull();
                Button deliver = new Button(getTranslation("projects.deliver"), click -> run("projects.done.deliver",
                        () -> decisions.deliver(community, caller, id, step.id(), note.getValue())));
                deliver.getElement().setAttribute("data-deliver", step.title());
                item.add(new Details(getTranslation("projects.deliver.open"), new Div(note, deliver)));
            }
            if (cadre() && p.status() == ProjectStatus.UNDER_WAY && step.status() == MilestoneStatus.DELIVERED
                    && p.mode() != FundingMode.REWARD_IN_LIEU) {
                Button accept = new Button(getTranslation("projects.accept", Money.yuan(step.amountFen())), click -> run("projects.done.accept",
                        () -> decisions.accept(community, caller, id, step.id())));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                accept.getElement().setAttribute("data-accept", step.title());
                item.add(accept);
            }
            list.add(new ListItem(item));
        }
        card.add(list);
        return card;
    }

    private Component decisionsFor(ProjectViews.Detail p) {
        Div card = MainLayout.card(new H2(getTranslation("projects.decide")));
        card.setId("project-decide");
        TextField note = new TextField(getTranslation("projects.decide.note"));
        note.setId("project-decision-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        if (p.status() == ProjectStatus.PROPOSED && p.ventureCallId() != null) {
            Anchor call = new Anchor("t/" + community + "/ventures/" + p.ventureCallId(), getTranslation("projects.venture.to-call"));
            call.setId("project-venture-call");
            card.add(new Paragraph(getTranslation("projects.venture.decided-by-ranking")), call);
        } else if (p.status() == ProjectStatus.PROPOSED) {
            Select<FundViews.Account> from = fundsToCommitFrom();
            Button approve = button("projects.approve." + p.mode().name(), "project-approve", ButtonVariant.LUMO_PRIMARY,
                    () -> run("projects.done.approve", () -> decisions.approve(community, caller, id, note.getValue(),
                            from.getValue() == null ? null : from.getValue().id())));
            Button reject = button("projects.reject", "project-reject", ButtonVariant.LUMO_ERROR,
                    () -> run("projects.done.reject", () -> decisions.reject(community, caller, id, note.getValue())));
            FundViews.Campaign campaign = p.crowdfunding();
            if (campaign != null && campaign.status() == CampaignStatus.OPEN) {
                card.add(new Paragraph(getTranslation("projects.approve.after-crowdfunding")), note, new Div(reject));
            } else if (campaign != null && campaign.status() == CampaignStatus.FUNDED) {
                card.add(new Paragraph(getTranslation("projects.approve.explain.crowdfunded", Money.yuan(campaign.raisedFen()),
                        Money.yuan(p.budgetFen() - campaign.raisedFen()))), from, note, new Div(approve, reject));
            } else {
                card.add(new Paragraph(getTranslation("projects.approve.explain", Money.yuan(p.budgetFen()))), from, note, new Div(approve, reject));
            }
        } else if (p.status() == ProjectStatus.UNDER_WAY) {
            Div buttons = new Div();
            if (p.mode() == FundingMode.REWARD_IN_LIEU) {
                buttons.add(button("projects.results.met", "project-results-met", ButtonVariant.LUMO_PRIMARY,
                        () -> run("projects.done.results", () -> decisions.verifyResults(community, caller, id, true, note.getValue()))),
                        button("projects.results.missed", "project-results-missed", ButtonVariant.LUMO_CONTRAST,
                                () -> run("projects.done.results", () -> decisions.verifyResults(community, caller, id, false, note.getValue()))));
            }
            buttons.add(button("projects.close", "project-close", ButtonVariant.LUMO_ERROR,
                    () -> run("projects.done.close", () -> decisions.closeUnfinished(community, caller, id, note.getValue()))));
            card.add(note, buttons);
        } else {
            card.add(new Paragraph(getTranslation("projects.decided")));
        }
        return card;
    }

    /** The funds a budget may be committed from, the subsidy pool first, each with what it holds. */
    private Select<FundViews.Account> fundsToCommitFrom() {
        List<FundViews.Account> funds = reports.accounts(community, caller).stream()
                .filter(a -> a.kind() == AccountKind.SUBSIDY_POOL || a.kind() == AccountKind.DONATIONS || a.kind() == AccountKind.NAMED_FUND)
                .sorted(java.util.Comparator.comparing(FundViews.Account::kind)).toList();
        Select<FundViews.Account> from = new Select<>();
        from.setId("project-commit-from");
        from.setLabel(getTranslation("projects.approve.from"));
        from.setItems(funds);
        from.setItemLabelGenerator(a -> FundLabels.account(this, a) + "（" + getTranslation("projects.approve.holds", Money.yuan(a.balanceFen())) + "）");
        funds.stream().filter(a -> a.kind() == AccountKind.SUBSIDY_POOL).findFirst().ifPresent(from::setValue);
        return from;
    }

    private Button button(String key, String elementId, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(elementId);
        button.addThemeVariants(variant);
        return button;
    }

    private boolean cadre() {
        return caller.holds(Permission.MANAGE_COMMUNITY);
    }

    /** @param doneKey the toast after the step, or null when the step says itself what it did */
    private void run(String doneKey, Supplier<?> step) {
        try {
            step.get();
            if (doneKey != null) {
                Notifications.success(getTranslation(doneKey));
            }
            show();
        } catch (InvalidInputException e) {
            Notifications.error(ProjectLabels.invalid(this, e.field()));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Notifications.error(ProjectLabels.invalid(this, InputErrors.field(e)));
        } catch (FundRuleException e) {
            Notifications.error(e.reason() == FundRuleException.Reason.INSUFFICIENT_FUNDS ? getTranslation("projects.refused.funds")
                    : getTranslation("fund.refused." + e.reason().name(), e.account() == null ? "" : e.account()));
        } catch (ProjectRuleException e) {
            Notifications.error(getTranslation("project.refused." + e.reason().name()));
        } catch (ForbiddenActionException e) {
            Notifications.error(getTranslation("fund.refused.not-allowed"));
        }
    }
}
