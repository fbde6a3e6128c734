package org.weimin.ui.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.weimin.demand.application.HandleNeed;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.project.application.VentureCalls;
import org.weimin.project.application.VentureViews;
import org.weimin.project.model.TieRule;
import org.weimin.project.model.VentureCall;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.identity.SignedIn;
import org.weimin.ui.shell.InputErrors;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Money;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.PublicCommunityPage;
import org.weimin.ui.shell.YuanField;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
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
 * The community's public-welfare venture calls (公益创投, {@code /t/{community}/ventures}), readable without signing in:
 * each call with its budget, where it stands and its last days; the cadre opens a new one here.
 */
@Route(value = "t/:community/ventures", layout = MainLayout.class)
public class VenturesView extends PublicCommunityPage {

    private static final List<String> USUAL_CRITERIA = List.of("venture.criterion.fit", "venture.criterion.feasible", "venture.criterion.budget");
    private static final List<Integer> USUAL_POINTS = List.of(40, 30, 30);

    private final VentureCalls calls;
    private final HandleNeed colleagues;
    private final List<Criterion> criteria = new ArrayList<>();

    /** One criterion row of the form. */
    private record Criterion(TextField name, IntegerField points) {
    }

    @Inject
    public VenturesView(CommunityAdministration communities, VentureCalls calls, HandleNeed colleagues) {
        super(communities, "ventures.title", "ventures.intro");
        this.calls = calls;
        this.colleagues = colleagues;
    }

    @Override
    protected void show(Community community, BeforeEnterEvent event) {
        SignedIn.caller().filter(c -> c.community().equals(java.util.Optional.of(community.id().value())))
                .filter(c -> c.holds(Permission.MANAGE_COMMUNITY)).ifPresent(cadre -> add(opening(community.id(), cadre)));
        List<VentureViews.Summary> shown = calls.list(community.id());
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("ventures.none"));
            empty.setId("ventures-none");
            add(MainLayout.card(empty));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("card-list");
        list.setId("venture-cards");
        for (VentureViews.Summary call : shown) {
            Div top = new Div(ProjectLabels.status(this, call.status()), new Span(getTranslation("ventures.card.budget", Money.yuan(call.budgetFen()))));
            top.addClassName("need-card-meta");
            Paragraph theme = new Paragraph(call.theme());
            theme.addClassName("need-card-text");
            Div dates = new Div(new Span(getTranslation("ventures.card.dates", call.proposalsUntil().toString(), call.votingUntil().toString())),
                    new Span(getTranslation("ventures.card.proposals", call.proposals())));
            dates.addClassName("need-card-meta");
            Anchor link = new Anchor("t/" + community.id() + "/ventures/" + call.id(), top, theme, dates);
            link.addClassName("need-card");
            link.getElement().setAttribute("data-venture", call.theme());
            list.add(new ListItem(link));
        }
        add(list);
    }

    private Details opening(CommunityId community, Caller cadre) {
        TextField theme = new TextField(getTranslation("venture.form.theme"));
        theme.setId("venture-theme");
        theme.setMaxLength(100);
        theme.setWidthFull();
        TextArea description = new TextArea(getTranslation("venture.form.description"));
        description.setId("venture-description");
        description.setMaxLength(2000);
        description.setWidthFull();
        YuanField budget = new YuanField(getTranslation("venture.form.budget"), "venture-budget", "budgetFen");
        DatePicker proposalsUntil = new DatePicker(getTranslation("venture.form.proposals-until"), LocalDate.now().plusDays(14));
        proposalsUntil.setId("venture-proposals-until");
        DatePicker votingUntil = new DatePicker(getTranslation("venture.form.voting-until"), LocalDate.now().plusDays(28));
        votingUntil.setId("venture-voting-until");
        IntegerField expertShare = new IntegerField(getTranslation("venture.form.expert-percent"));
        expertShare.setId("venture-expert-percent");
        expertShare.setMin(0);
        expertShare.setMax(100);
        expertShare.setValue(VentureCall.DEFAULT_EXPERT_PERCENT);
        expertShare.setHelperText(getTranslation("venture.form.expert-percent.help"));
        Select<TieRule> tieRule = new Select<>();
        tieRule.setId("venture-tie-rule");
        tieRule.setLabel(getTranslation("venture.form.tie-rule"));
        tieRule.setItems(TieRule.values());
        tieRule.setItemLabelGenerator(r -> getTranslation("tie-rule." + r.name()));
        tieRule.setValue(TieRule.EXPERTS_FIRST);
        criteria.clear();
        Div criteriaRows = new Div();
        for (int i = 0; i < USUAL_CRITERIA.size(); i++) {
            Criterion row = new Criterion(new TextField(getTranslation("venture.form.criterion")), new IntegerField(getTranslation("venture.form.points")));
            row.name().setId("venture-criterion-" + i);
            row.name().setValue(getTranslation(USUAL_CRITERIA.get(i)));
            row.points().setId("venture-points-" + i);
            row.points().setValue(USUAL_POINTS.get(i));
            criteria.add(row);
            Div line = new Div(row.name(), row.points());
            line.addClassName("wish-filters");
            criteriaRows.add(line);
        }
        CheckboxGroup<CommunityPeople.Person> experts = new CheckboxGroup<>(getTranslation("venture.form.experts"));
        experts.setId("venture-experts");
        experts.setItems(colleagues.colleagues(community, cadre));
        experts.setItemLabelGenerator(CommunityPeople.Person::displayName);
        experts.setHelperText(getTranslation("venture.form.experts.help"));
        Button open = new Button(getTranslation("venture.open"), click -> open(community, cadre, new VentureCall.Plan(theme.getValue(),
                description.getValue(), budget.fen(), proposalsUntil.getValue(), votingUntil.getValue(), expertShare.getValue(), tieRule.getValue(),
                criteria.stream().filter(c -> !c.name().isEmpty()).map(c -> new VentureCall.Criterion(c.name().getValue(),
                        c.points().getValue() == null ? 0 : c.points().getValue())).toList(),
                experts.getValue().stream().map(CommunityPeople.Person::username).toList())));
        open.setId("venture-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div dates = new Div(budget, proposalsUntil, votingUntil);
        dates.addClassName("wish-filters");
        Div weights = new Div(expertShare, tieRule);
        weights.addClassName("wish-filters");
        Div form = new Div(theme, description, dates, new H2(getTranslation("venture.form.criteria")), criteriaRows, weights, experts, new Div(open));
        Details details = new Details(getTranslation("venture.form.title"), form);
        details.setId("venture-opening");
        details.addClassName("card");
        return details;
    }

    private void open(CommunityId community, Caller cadre, VentureCall.Plan plan) {
        try {
            VentureViews.Call opened = calls.open(community, cadre, plan);
            Notifications.success(getTranslation("venture.done.open"));
            getUI().ifPresent(ui -> ui.navigate("t/" + community + "/ventures/" + opened.id()));
        } catch (InvalidInputException e) {
            Notifications.error(ProjectLabels.invalid(this, e.field()));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Notifications.error(ProjectLabels.invalid(this, InputErrors.field(e)));
        } catch (ForbiddenActionException e) {
            Notifications.error(getTranslation("fund.refused.not-allowed"));
        }
    }
}
