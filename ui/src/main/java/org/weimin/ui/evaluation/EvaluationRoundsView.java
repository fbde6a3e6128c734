package org.weimin.ui.evaluation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.config.ConfigProvider;
import org.weimin.evaluation.application.EvaluationRounds;
import org.weimin.evaluation.application.RoundClosing;
import org.weimin.evaluation.application.RoundSlips;
import org.weimin.evaluation.application.RoundViews;
import org.weimin.evaluation.model.EvaluationRuleException;
import org.weimin.evaluation.model.RoundPeriod;
import org.weimin.evaluation.model.RoundStatus;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.project.application.ProjectsEvaluated;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.InputErrors;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.PdfFont;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.inject.Inject;

/**
 * The community's evaluation rounds for its staff ({@code /t/{community}/evaluation/rounds}): how each is going (households
 * that voted, answers per method), and for the cadre opening a round, printing the voting slips and closing it, which
 * publishes the results on the board.
 */
@Route(value = "t/:community/evaluation/rounds", layout = MainLayout.class)
public class EvaluationRoundsView extends CommunityPage {

    private final EvaluationRounds rounds;
    private final RoundSlips slips;
    private final RoundClosing closing;
    private final CommunityFeatures features;
    private final CommunityAdministration communities;
    private final List<Method> methods = new ArrayList<>();

    /** A method the cadre may include, and the weight given to it. */
    private record Method(String featureId, com.vaadin.flow.component.checkbox.Checkbox chosen, IntegerField weight) {
    }

    @Inject
    public EvaluationRoundsView(CommunityAdministration communities, EvaluationRounds rounds, RoundSlips slips, RoundClosing closing,
                                CommunityFeatures features) {
        super(communities);
        this.communities = communities;
        this.rounds = rounds;
        this.slips = slips;
        this.closing = closing;
        this.features = features;
    }

    @Override
    protected String render(Community community, Caller caller) {
        String title = getTranslation("rounds.title");
        add(new H1(title), new Paragraph(getTranslation("rounds.intro")));
        if (!(caller.holds(Permission.TRIAGE_NEEDS) || caller.holds(Permission.READ_SUBDISTRICT_COMMUNITIES) || caller.holds(Permission.ASSESS_COMMUNITIES))) {
            showNotAllowed();
            return title;
        }
        boolean cadre = caller.holds(Permission.MANAGE_COMMUNITY);
        if (cadre) {
            add(opening(community, caller));
        }
        List<RoundViews.Round> all = rounds.list(community.id(), caller);
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("rounds.none"));
            none.setId("rounds-none");
            add(MainLayout.card(none));
        }
        all.forEach(round -> add(round(community, caller, round, cadre)));
        return title;
    }

    private Div round(Community community, Caller caller, RoundViews.Round round, boolean cadre) {
        Div card = MainLayout.card(new H2(round.title()));
        card.addClassName("round-card");
        card.getElement().setAttribute("data-round", round.id().toString());
        boolean collecting = round.status() == RoundStatus.COLLECTING;
        card.add(new Paragraph(getTranslation("board.period", round.periodStart().toString(), round.periodEnd().toString())),
                new Paragraph(getTranslation(collecting ? "rounds.collecting" : "rounds.closed", round.collectUntil().toString())),
                new Paragraph(getTranslation("rounds.households", round.ballots(), round.households())));
        for (RoundViews.Method method : round.methods()) {
            card.add(new Paragraph(getTranslation("rounds.method", method.name().in(getLocale()), method.weight(), method.answers())));
        }
        String base = "t/" + community.id().value() + "/evaluation";
        if (collecting) {
            card.add(new Anchor(base + "/rounds/" + round.id() + "/ballot", getTranslation("rounds.ballot-page")));
        }
        if (round.published()) {
            card.add(new Anchor(base, getTranslation("ballot.to-board")));
        }
        if (cadre && collecting) {
            Div actions = new Div(slipDownload(community, caller, round, "pdf"), slipDownload(community, caller, round, "csv"), closeButton(community, caller, round));
            actions.addClassName("wish-filters");
            card.add(new Paragraph(getTranslation("rounds.slips.explain")), actions);
        }
        return card;
    }

    /** Printing issues new codes, so each download prints afresh; the old slips of those households stop working. */
    private Anchor slipDownload(Community community, Caller cadre, RoundViews.Round round, String format) {
        String font = ConfigProvider.getConfig().getOptionalValue("weimin.pdf-font", String.class).orElse("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");
        String ballot = ConfigProvider.getConfig().getOptionalValue("weimin.public-url", String.class).orElse("http://localhost:8080").replaceAll("/+$", "")
                + "/t/" + community.id().value() + "/evaluation/rounds/" + round.id() + "/ballot";
        Locale locale = getLocale();
        String name = "voting-slips-" + community.id().value() + "-" + round.periodStart() + "." + format;
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            SlipDocuments documents = new SlipDocuments(round, slips.print(community.id(), cadre, round.id()), community.name(locale), ballot, locale);
            byte[] body = "csv".equals(format) ? documents.csv() : documents.pdf(font);
            return new DownloadResponse(new ByteArrayInputStream(body), name, "csv".equals(format) ? "text/csv" : "application/pdf", body.length);
        });
        Anchor download = new Anchor(handler, getTranslation("rounds.slips." + format));
        download.addClassName("round-slips-" + format);
        download.setEnabled(!"pdf".equals(format) || PdfFont.isInstalled(font));
        return download;
    }

    private Button closeButton(Community community, Caller cadre, RoundViews.Round round) {
        Button close = new Button(getTranslation("rounds.close"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("rounds.close.confirm.title"),
                    getTranslation("rounds.close.confirm", round.ballots(), round.households()), getTranslation("rounds.close"), yes -> {
                        try {
                            closing.close(community.id(), cadre, round.id());
                            Notifications.success(getTranslation("rounds.closed.done"));
                            getUI().ifPresent(ui -> ui.navigate("t/" + community.id().value() + "/evaluation"));
                        } catch (EvaluationRuleException e) {
                            Notifications.error(getTranslation("rating.refused." + e.reason().name()));
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("rounds.cancel"));
            confirm.open();
        });
        close.addClassName("round-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return close;
    }

    private Details opening(Community community, Caller cadre) {
        LocalDate today = LocalDate.now(community.timeZone());
        TextField title = new TextField(getTranslation("rounds.form.title"));
        title.setId("round-title");
        title.setWidthFull();
        title.setMaxLength(100);
        title.setValue(getTranslation("rounds.form.title.usual", String.valueOf(today.getYear()), today.get(IsoFields.QUARTER_OF_YEAR)));
        Select<RoundPeriod> period = new Select<>();
        period.setId("round-period");
        period.setLabel(getTranslation("rounds.form.period"));
        period.setItems(RoundPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("round-period." + p.name()));
        period.setValue(RoundPeriod.QUARTER);
        DatePicker start = new DatePicker(getTranslation("rounds.form.start"), today.with(IsoFields.DAY_OF_QUARTER, 1));
        start.setId("round-start");
        start.setHelperText(getTranslation("rounds.form.start.help"));
        DatePicker until = new DatePicker(getTranslation("rounds.form.until"), today.plusDays(14));
        until.setId("round-until");
        Div dates = new Div(period, start, until);
        dates.addClassName("wish-filters");
        Div methodRows = new Div(new Paragraph(getTranslation("rounds.form.methods")));
        methods.clear();
        features.enabled(community.id(), FeatureKind.EVALUATION_METHOD).forEach(feature -> {
            var chosen = new com.vaadin.flow.component.checkbox.Checkbox(feature.displayName().in(getLocale()), true);
            IntegerField weight = new IntegerField(getTranslation("rounds.form.weight"));
            weight.setMin(1);
            weight.setValue(1);
            weight.setStepButtonsVisible(true);
            chosen.getElement().setAttribute("data-method", feature.featureId());
            weight.getElement().setAttribute("data-method-weight", feature.featureId());
            methods.add(new Method(feature.featureId(), chosen, weight));
            Div row = new Div(chosen, weight);
            row.addClassName("wish-filters");
            methodRows.add(row);
        });
        CheckboxGroup<ProjectsEvaluated.Evaluable> projects = new CheckboxGroup<>(getTranslation("rounds.form.projects"));
        projects.setId("round-projects");
        projects.setItems(rounds.evaluableProjects(community.id(), cadre));
        projects.setItemLabelGenerator(ProjectsEvaluated.Evaluable::title);
        projects.setHelperText(getTranslation("rounds.form.projects.help"));
        Button open = new Button(getTranslation("rounds.open"), click -> open(community, cadre, new EvaluationRounds.Plan(title.getValue(),
                period.getValue(), start.getValue(), until.getValue(),
                methods.stream().filter(m -> m.chosen().getValue()).map(m -> new EvaluationRounds.MethodPlan(m.featureId(), m.weight().getValue())).toList(),
                projects.getValue().stream().map(ProjectsEvaluated.Evaluable::id).toList(), null)));
        open.setId("round-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Details details = new Details(getTranslation("rounds.form"), new Div(title, dates, methodRows, projects, new Div(open)));
        details.setId("round-opening");
        details.addClassName("card");
        return details;
    }

    private void open(Community community, Caller cadre, EvaluationRounds.Plan plan) {
        try {
            rounds.open(community.id(), cadre, plan);
            Notifications.success(getTranslation("rounds.opened"));
            getUI().ifPresent(ui -> ui.getPage().reload());
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation("rounds.invalid." + e.field()));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Notifications.error(getTranslation("rounds.invalid." + InputErrors.field(e)));
        } catch (ForbiddenActionException e) {
            Notifications.error(getTranslation("fund.refused.not-allowed"));
        }
    }
}
