package org.weimin.ui.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.project.application.ProjectViews;
import org.weimin.project.application.Projects;
import org.weimin.project.model.FundingMode;
import org.weimin.project.model.ProjectPlan;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.InputErrors;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Money;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.YuanField;

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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * The community's micro-projects for staff ({@code /t/{community}/projects}): each as a card with its mode, where it
 * stands and how much of its budget is paid, and a form to propose one with its budget and milestones.
 */
@Route(value = "t/:community/projects", layout = MainLayout.class)
public class ProjectsView extends CommunityPage {

    private final Projects projects;
    private CommunityId community;
    private Caller caller;
    private final List<Milestone> milestones = new ArrayList<>();
    private final Div milestoneRows = new Div();

    /** One milestone row of the form. */
    private record Milestone(TextField title, TextField deliverable, DatePicker dueOn, YuanField amount) {
    }

    @Inject
    public ProjectsView(CommunityAdministration communities, Projects projects) {
        super(communities);
        this.projects = projects;
    }

    @Override
    protected String render(Community shown, Caller signedIn) {
        community = shown.id();
        caller = signedIn;
        String title = getTranslation("projects.title");
        if (!caller.holds(Permission.TRIAGE_NEEDS)) {
            showNotAllowed();
            return title;
        }
        add(new H1(title), new Paragraph(getTranslation("projects.intro")), proposal(), list());
        return title;
    }

    private Div list() {
        Div card = MainLayout.card(new H2(getTranslation("projects.all")));
        UnorderedList list = new UnorderedList();
        list.addClassName("card-list");
        list.setId("project-cards");
        List<ProjectViews.Detail> all = projects.list(community, caller);
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("projects.none"));
            empty.setId("project-cards-empty");
            list.add(new ListItem(empty));
        }
        for (ProjectViews.Detail p : all) {
            Div top = new Div(ProjectLabels.status(this, p.status()), new Span(getTranslation("funding-mode." + p.mode().name())));
            top.addClassName("need-card-meta");
            Paragraph name = new Paragraph(p.title());
            name.addClassName("need-card-text");
            Div bottom = new Div(new Span(getTranslation("projects.card.money", Money.yuan(p.budgetFen()), Money.yuan(p.paidFen()))));
            bottom.addClassName("need-card-meta");
            if (p.organizationName() != null) {
                bottom.add(new Span(p.organizationName()));
            }
            Anchor link = new Anchor("t/" + community + "/projects/" + p.id(), top, name, bottom);
            link.addClassName("need-card");
            link.getElement().setAttribute("data-project", p.title());
            list.add(new ListItem(link));
        }
        card.add(list);
        return card;
    }

    private Details proposal() {
        TextField title = field("projects.form.title", "project-title", 100);
        TextArea goal = new TextArea(getTranslation("projects.form.goal"));
        goal.setId("project-goal");
        goal.setMaxLength(2000);
        goal.setWidthFull();
        TextField beneficiaries = field("projects.form.beneficiaries", "project-beneficiaries", 1000);
        Select<FundingMode> mode = new Select<>();
        mode.setId("project-mode");
        mode.setLabel(getTranslation("projects.form.mode"));
        mode.setItems(FundingMode.DIRECT_FUNDING, FundingMode.REWARD_IN_LIEU, FundingMode.GOVERNMENT_PURCHASE);
        mode.setItemLabelGenerator(m -> getTranslation("funding-mode." + m.name()));
        mode.setValue(FundingMode.DIRECT_FUNDING);
        Paragraph modeHelp = new Paragraph(getTranslation("funding-mode.help." + FundingMode.DIRECT_FUNDING.name()));
        mode.addValueChangeListener(change -> modeHelp.setText(getTranslation("funding-mode.help." + change.getValue().name())));
        TextField item = field("projects.form.budget-item", "project-budget-item", 200);
        YuanField budget = new YuanField(getTranslation("projects.form.budget"), "project-budget", "budget");
        milestoneRows.removeAll();
        milestones.clear();
        addMilestone();
        Button another = new Button(getTranslation("projects.form.add-milestone"), click -> addMilestone());
        another.setId("project-add-milestone");
        Button send = new Button(getTranslation("projects.form.propose"), click -> propose(title, goal, beneficiaries, mode, item, budget));
        send.setId("project-propose");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div money = new Div(item, budget);
        money.addClassName("wish-filters");
        Div form = new Div(title, goal, beneficiaries, mode, modeHelp, money, new H2(getTranslation("projects.form.milestones")),
                new Paragraph(getTranslation("projects.form.milestones.help")), milestoneRows, another, new Div(send));
        title.setWidthFull();
        beneficiaries.setWidthFull();
        Details details = new Details(getTranslation("projects.propose"), form);
        details.setId("project-proposal");
        details.addClassName("card");
        return details;
    }

    private void addMilestone() {
        int n = milestones.size();
        Milestone row = new Milestone(field("projects.form.milestone", "milestone-title-" + n, 100),
                field("projects.form.deliverable", "milestone-deliverable-" + n, 500), new DatePicker(getTranslation("projects.form.due")),
                new YuanField(getTranslation("projects.form.pays"), "milestone-amount-" + n, "milestones"));
        row.dueOn().setId("milestone-due-" + n);
        row.dueOn().setValue(LocalDate.now().plusMonths(n + 1L));
        milestones.add(row);
        Div line = new Div(row.title(), row.deliverable(), row.dueOn(), row.amount());
        line.addClassName("wish-filters");
        milestoneRows.add(line);
    }

    private void propose(TextField title, TextArea goal, TextField beneficiaries, Select<FundingMode> mode, TextField item, YuanField budget) {
        try {
            List<ProjectPlan.Step> steps = milestones.stream().filter(m -> !m.title().isEmpty() || !m.deliverable().isEmpty())
                    .map(m -> new ProjectPlan.Step(m.title().getValue(), m.deliverable().getValue(), null, m.dueOn().getValue(),
                            mode.getValue() == FundingMode.REWARD_IN_LIEU ? 0 : m.amount().fen())).toList();
            ProjectViews.Detail proposed = projects.propose(community, caller, new ProjectPlan(title.getValue(), goal.getValue(),
                    beneficiaries.getValue(), mode.getValue(), null, null, null, List.of(new ProjectPlan.Line(item.getValue(),
                    budget.fen())), steps));
            Notifications.success(getTranslation("projects.done.propose"));
            getUI().ifPresent(ui -> ui.navigate("t/" + community + "/projects/" + proposed.id()));
        } catch (InvalidInputException e) {
            Notifications.error(ProjectLabels.invalid(this, e.field()));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Notifications.error(ProjectLabels.invalid(this, InputErrors.field(e)));
        }
    }

    private TextField field(String labelKey, String id, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }
}
