package org.weimin.ui.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.weimin.fund.model.FundRuleException;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.organization.application.OrganizationRegistry;
import org.weimin.organization.application.OrganizationView;
import org.weimin.organization.model.OrganizationStatus;
import org.weimin.project.application.VentureCalls;
import org.weimin.project.application.VentureDecision;
import org.weimin.project.application.VentureProposals;
import org.weimin.project.application.VentureScoring;
import org.weimin.project.application.VentureViews;
import org.weimin.project.application.VentureVoting;
import org.weimin.project.model.ProjectPlan;
import org.weimin.project.model.ProjectRuleException;
import org.weimin.project.model.VentureRanking;
import org.weimin.project.model.VentureStatus;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.identity.SignedIn;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.InputErrors;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Money;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.PublicCommunityPage;
import org.weimin.ui.shell.YuanField;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * One venture call ({@code /t/{community}/ventures/{id}}), readable without signing in: its rules, its proposals with their
 * votes and, once decided, the ranking with the arithmetic of every score. Signed in, each person finds their step here:
 * staff enter an organisation's proposal, the cadre closes proposals and decides, the panel's experts score, and a resident
 * gives the household's one vote.
 */
@Route(value = "t/:community/ventures/:id", layout = MainLayout.class)
public class VentureView extends PublicCommunityPage {

    private final VentureCalls calls;
    private final VentureProposals proposals;
    private final VentureScoring scoring;
    private final VentureVoting voting;
    private final VentureDecision decision;
    private final OrganizationRegistry organizations;
    private CommunityId community;
    private Caller caller;
    private UUID id;

    @Inject
    public VentureView(CommunityAdministration communities, VentureCalls calls, VentureProposals proposals, VentureScoring scoring,
                       VentureVoting voting, VentureDecision decision, OrganizationRegistry organizations) {
        super(communities, "ventures.title", "venture.intro");
        this.calls = calls;
        this.proposals = proposals;
        this.scoring = scoring;
        this.voting = voting;
        this.decision = decision;
        this.organizations = organizations;
    }

    @Override
    protected void show(Community shown, BeforeEnterEvent event) {
        community = shown.id();
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("no such venture call");
        }
        caller = SignedIn.caller().filter(c -> c.community().equals(Optional.of(community.value()))).orElse(null);
        refresh();
    }

    private void refresh() {
        VentureViews.Call call = calls.call(community, id);
        getChildren().skip(3).toList().forEach(this::remove);
        retitle(call.theme());
        add(rules(call));
        if (holds(Permission.MANAGE_COMMUNITY) && call.status() != VentureStatus.DECIDED) {
            add(cadreSteps(call));
        }
        if (holds(Permission.TRIAGE_NEEDS) && call.status() == VentureStatus.TAKING_PROPOSALS) {
            add(proposalForm());
        }
        add(proposalCards(call), scoring(call));
    }

    private Div rules(VentureViews.Call call) {
        Div card = MainLayout.card(ProjectLabels.status(this, call.status()), new Paragraph(call.description()),
                new Paragraph(getTranslation("venture.rules.budget", Money.yuan(call.budgetFen()))),
                new Paragraph(getTranslation("venture.rules.dates", call.proposalsUntil().toString(), call.votingUntil().toString())),
                new Paragraph(getTranslation("venture.rules.weights", call.expertPercent(), call.publicPercent())));
        if (call.status() == VentureStatus.DECIDED) {
            card.add(new Paragraph(getTranslation("venture.rules.funded", Money.yuan(call.fundedFen()), Money.yuan(call.budgetFen()))));
        } else if (call.status() == VentureStatus.ASSESSING && caller == null) {
            Anchor signIn = new Anchor("t/" + community + "?" + CommunityPage.SIGN_IN_RETURNS_TO + "=ventures/" + id,
                    getTranslation("venture.sign-in-to-vote"));
            signIn.setId("venture-sign-in");
            card.add(signIn);
        }
        card.setId("venture-rules");
        return card;
    }

    /** How proposals are scored and ties broken, below the proposals: what a reader checks the board against. */
    private Div scoring(VentureViews.Call call) {
        Div card = MainLayout.card(new H2(getTranslation("venture.rules.title")),
                new Paragraph(getTranslation("venture.rules.criteria", call.criteria().stream().map(c -> getTranslation("venture.rules.criterion",
                        c.name(), c.maxPoints())).collect(Collectors.joining("、")), call.maxPoints())),
                new Paragraph(getTranslation("venture.rules.panel", String.join("、", call.experts()))),
                new Paragraph(getTranslation("venture.rules.tie", getTranslation("tie-rule." + call.tieRule().name()))),
                new Paragraph(getTranslation("venture.rules.formula")));
        card.setId("venture-scoring");
        return card;
    }

    private Div cadreSteps(VentureViews.Call call) {
        Div card = MainLayout.card(new H2(getTranslation("venture.cadre.title")));
        card.setId("venture-cadre");
        if (call.status() == VentureStatus.TAKING_PROPOSALS) {
            card.add(new Paragraph(getTranslation("venture.cadre.close.help")),
                    button("venture.cadre.close", "venture-close", () -> run("venture.done.close", () -> calls.closeProposals(community, caller, id))));
            return card;
        }
        VentureViews.Call preview = calls.preview(community, caller, id);
        UnorderedList ranking = new UnorderedList();
        ranking.setId("venture-preview");
        preview.proposals().stream().filter(p -> p.place() != null).forEach(p -> ranking.add(new ListItem(
                getTranslation("venture.preview.line", p.place().rank(), p.title(), p.place().combinedScore().toPlainString(),
                        getTranslation("venture-outcome." + p.place().outcome().name())))));
        card.add(new Paragraph(getTranslation("venture.cadre.decide.help")), ranking,
                button("venture.cadre.decide", "venture-decide", () -> run("venture.done.decide", () -> decision.decide(community, caller, id, null))));
        return card;
    }

    private Details proposalForm() {
        Select<OrganizationView> organization = new Select<>();
        organization.setId("venture-proposal-organization");
        organization.setLabel(getTranslation("venture.proposal.organization"));
        organization.setItems(organizations.list(community, caller).stream().filter(o -> o.status() == OrganizationStatus.ACTIVE).toList());
        organization.setItemLabelGenerator(OrganizationView::name);
        TextField title = text("venture.proposal.title", "venture-proposal-title", 100);
        TextArea goal = new TextArea(getTranslation("venture.proposal.goal"));
        goal.setId("venture-proposal-goal");
        goal.setMaxLength(2000);
        goal.setWidthFull();
        YuanField request = new YuanField(getTranslation("venture.proposal.request"), "venture-proposal-request", "budget");
        TextField deliverable = text("venture.proposal.deliverable", "venture-proposal-deliverable", 500);
        DatePicker due = new DatePicker(getTranslation("projects.form.due"), java.time.LocalDate.now().plusMonths(3));
        due.setId("venture-proposal-due");
        Button send = button("venture.proposal.send", "venture-proposal-send", () -> run("venture.done.propose", () -> proposals.submit(community, caller, id,
                new ProjectPlan(title.getValue(), goal.getValue(), null, null, null, organization.getValue() == null ? null : organization.getValue().id(),
                        null, List.of(new ProjectPlan.Line(title.getValue(), request.fen())),
                        List.of(new ProjectPlan.Step(getTranslation("venture.proposal.milestone"), deliverable.getValue(), null, due.getValue(), request.fen()))))));
        Div money = new Div(request, due);
        money.addClassName("wish-filters");
        Div form = new Div(new Paragraph(getTranslation("venture.proposal.help")), organization, title, goal, money, deliverable, new Div(send));
        title.setWidthFull();
        deliverable.setWidthFull();
        Details details = new Details(getTranslation("venture.proposal.form"), form);
        details.setId("venture-proposal");
        details.addClassName("card");
        return details;
    }

    private Div proposalCards(VentureViews.Call call) {
        Div card = MainLayout.card(new H2(getTranslation(call.status() == VentureStatus.DECIDED ? "venture.board" : "venture.proposals")));
        card.setId("venture-proposals");
        if (call.proposals().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("venture.proposals.none"));
            empty.setId("venture-proposals-none");
            card.add(empty);
            return card;
        }
        Optional<Map<UUID, List<Integer>>> panelSheets = caller != null && call.status() == VentureStatus.ASSESSING
                ? scoring.mine(community, caller, id) : Optional.empty();
        boolean expert = panelSheets.isPresent();
        Map<UUID, List<Integer>> myScores = panelSheets.orElse(Map.of());
        Optional<UUID> myVote = caller != null && !holds(Permission.TRIAGE_NEEDS) ? voting.mine(community, caller, id) : Optional.empty();
        if (myVote.isPresent()) {
            String chosen = call.proposals().stream().filter(p -> p.projectId().equals(myVote.get())).map(VentureViews.Proposal::title).findFirst().orElse("");
            Paragraph voted = new Paragraph(getTranslation("venture.voted", chosen));
            voted.setId("venture-my-vote");
            card.add(voted);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("card-list");
        for (VentureViews.Proposal p : call.proposals()) {
            Div item = new Div();
            item.addClassName("need-card");
            item.getElement().setAttribute("data-proposal", p.title());
            Div top = new Div(new Span(p.organizationName() == null ? "" : p.organizationName()),
                    new Span(getTranslation("venture.proposal.asks", Money.yuan(p.requestFen()))), new Span(getTranslation("venture.proposal.votes", p.votes())));
            top.addClassName("need-card-meta");
            Paragraph name = new Paragraph(p.title());
            name.addClassName("need-card-text");
            item.add(top, name, new Paragraph(p.goal()));
            if (p.place() != null) {
                item.add(place(call, p));
            }
            if (call.status() == VentureStatus.ASSESSING && caller != null && !holds(Permission.TRIAGE_NEEDS) && myVote.isEmpty()) {
                item.add(button("venture.vote", "venture-vote-" + call.proposals().indexOf(p),
                        () -> run("venture.done.vote", () -> voting.vote(community, caller, id, p.projectId()))));
            }
            if (expert) {
                item.add(scoreSheet(call, p, myScores.get(p.projectId()), call.proposals().indexOf(p)));
            }
            list.add(new ListItem(item));
        }
        card.add(list);
        return card;
    }

    /** The place with its arithmetic: the experts' mean on 100, the votes against the most, and the weighing. */
    private Div place(VentureViews.Call call, VentureViews.Proposal p) {
        VentureViews.Place place = p.place();
        String sheets = place.sheetTotals().stream().map(String::valueOf).collect(Collectors.joining(" + "));
        Div shown = new Div(new Paragraph(getTranslation("venture.place", place.rank(), getTranslation("venture-outcome." + place.outcome().name()))),
                new Paragraph(getTranslation("venture.arithmetic.experts", sheets, place.sheetTotals().size(), call.maxPoints(), plain(place.expertScore()))),
                new Paragraph(call.mostVotes() == 0 ? getTranslation("venture.arithmetic.no-votes")
                        : getTranslation("venture.arithmetic.public", p.votes(), call.mostVotes(), plain(place.publicScore()))),
                new Paragraph(getTranslation("venture.arithmetic.combined", plain(place.expertScore()), call.expertPercent(), plain(place.publicScore()),
                        call.publicPercent(), plain(place.combinedScore()))));
        if (place.tieBroken()) {
            shown.add(new Paragraph(getTranslation("venture.tie-broken", getTranslation("tie-rule." + call.tieRule().name()))));
        }
        shown.addClassName(place.outcome() == VentureRanking.Outcome.FUNDED ? "venture-funded" : "venture-passed");
        shown.getElement().setAttribute("data-place", String.valueOf(place.rank()));
        return shown;
    }

    private Details scoreSheet(VentureViews.Call call, VentureViews.Proposal p, List<Integer> given, int n) {
        List<IntegerField> fields = new java.util.ArrayList<>();
        Div rows = new Div();
        rows.addClassName("wish-filters");
        for (int i = 0; i < call.criteria().size(); i++) {
            VentureViews.Criterion criterion = call.criteria().get(i);
            IntegerField points = new IntegerField(getTranslation("venture.score.criterion", criterion.name(), criterion.maxPoints()));
            points.setId("venture-score-" + n + "-" + i);
            points.setMin(0);
            points.setMax(criterion.maxPoints());
            if (given != null) {
                points.setValue(given.get(i));
            }
            fields.add(points);
            rows.add(points);
        }
        Button save = button("venture.score.save", "venture-score-save-" + n, () -> run("venture.done.score",
                () -> scoring.score(community, caller, id, p.projectId(), fields.stream().map(IntegerField::getValue).toList())));
        Details sheet = new Details(getTranslation(given == null ? "venture.score.open" : "venture.score.change"), new Div(rows, save));
        sheet.setId("venture-score-" + n);
        return sheet;
    }

    private boolean holds(Permission permission) {
        return caller != null && caller.holds(permission);
    }

    private Button button(String key, String elementId, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(elementId);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private TextField text(String labelKey, String elementId, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(elementId);
        field.setMaxLength(max);
        return field;
    }

    private static String plain(BigDecimal score) {
        return score.toPlainString();
    }

    private void run(String doneKey, Supplier<?> step) {
        try {
            step.get();
            Notifications.success(getTranslation(doneKey));
            refresh();
        } catch (InvalidInputException e) {
            Notifications.error(ProjectLabels.invalid(this, e.field()));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Notifications.error(ProjectLabels.invalid(this, InputErrors.field(e)));
        } catch (ProjectRuleException e) {
            Notifications.error(getTranslation("project.refused." + e.reason().name()));
        } catch (FundRuleException e) {
            Notifications.error(getTranslation("projects.refused.funds"));
        } catch (ForbiddenActionException e) {
            Notifications.error(getTranslation("fund.refused.not-allowed"));
        }
    }
}
