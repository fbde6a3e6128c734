package org.weimin.ui.wish;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.weimin.grid.application.GridPlaces;
import org.weimin.identity.model.Caller;
import org.weimin.organization.application.OrganizationRegistry;
import org.weimin.organization.application.OrganizationView;
import org.weimin.organization.model.OrganizationStatus;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.demand.DemandLabels;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.Lines;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;
import org.weimin.wish.application.Volunteers;
import org.weimin.wish.application.WishViews;
import org.weimin.wish.model.VolunteerStatus;
import org.weimin.wish.model.WishRuleException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * Volunteering ({@code /t/{community}/volunteers}). A resident signs up here and then reads their own record:
 * whether staff verified them, their confirmed hours line by line, and whether the leaderboard lists them. Staff
 * see the registry, waiting volunteers first, verify or refuse them, and enter volunteers from outside.
 */
@Route(value = "t/:community/volunteers", layout = MainLayout.class)
public class VolunteersView extends CommunityPage {

    private final Volunteers volunteers;
    private final GridPlaces grids;
    private final OrganizationRegistry registry;
    private CommunityId community;
    private java.time.ZoneId zone;
    private Caller caller;
    private final Div content = new Div();

    @Inject
    public VolunteersView(CommunityAdministration communities, Volunteers volunteers, GridPlaces grids, OrganizationRegistry registry) {
        super(communities);
        this.volunteers = volunteers;
        this.grids = grids;
        this.registry = registry;
    }

    @Override
    protected String render(Community shown, Caller signedIn) {
        community = shown.id();
        zone = shown.timeZone();
        caller = signedIn;
        content.setWidthFull();
        add(content);
        show();
        return getTranslation("volunteers.title");
    }

    private void show() {
        content.removeAll();
        content.add(new H1(getTranslation("volunteers.title")));
        if (caller.community().isEmpty()) {
            content.add(MainLayout.card(new Paragraph(getTranslation("need.read-only"))));
            return;
        }
        boolean staff = caller.permissions().contains(org.weimin.identity.model.Permission.TRIAGE_NEEDS);
        if (staff) {
            List<WishViews.TeamView> teams = volunteers.teams(community, caller);
            content.add(registry(teams), teams(teams), registerForm("volunteers.register.title", true));
            return;
        }
        try {
            content.add(record(volunteers.mine(community, caller)));
        } catch (NotFoundException notRegistered) {
            content.add(registerForm("volunteers.sign-up.title", false));
        }
    }

    private Component record(WishViews.VolunteerRecord record) {
        WishViews.VolunteerView me = record.volunteer();
        Div card = MainLayout.card(new H2(getTranslation("volunteers.me")));
        card.setId("volunteer-record");
        Span status = new Span(getTranslation("volunteer-status." + me.status().name()));
        status.getElement().getThemeList().add(me.status() == VolunteerStatus.VERIFIED ? "badge success"
                : me.status() == VolunteerStatus.REJECTED ? "badge error" : "badge");
        status.setId("volunteer-status");
        card.add(new Div(status));
        if (me.rejectionReason() != null) {
            card.add(new Paragraph(getTranslation("volunteers.rejected-because", me.rejectionReason())));
        }
        Paragraph total = new Paragraph(getTranslation("volunteers.total", WishLabels.duration(this, me.minutes())));
        total.setId("volunteer-total");
        total.addClassName("figure-line");
        card.add(total);
        Checkbox leaderboard = new Checkbox(getTranslation("volunteers.leaderboard.show"), me.onLeaderboard());
        leaderboard.setId("volunteer-leaderboard");
        leaderboard.addValueChangeListener(change -> run("volunteers.done.leaderboard",
                () -> volunteers.showOnLeaderboard(community, caller, change.getValue())));
        Anchor claims = new Anchor("t/" + community + "/claims", getTranslation("wishes.link.claims"));
        claims.addClassName("home-link");
        claims.setId("volunteer-claims");
        card.add(leaderboard, new Div(claims));
        Div lines = MainLayout.card(new H2(getTranslation("volunteers.lines")), hoursList(record, null));
        return new Div(card, lines);
    }

    /** The lines of a volunteer's hours; for staff (a volunteer given) each credit not yet corrected can be corrected. */
    private UnorderedList hoursList(WishViews.VolunteerRecord record, WishViews.VolunteerView correctedFor) {
        UnorderedList list = new UnorderedList();
        list.setId(correctedFor == null ? "volunteer-lines" : "hours-of-" + correctedFor.id());
        list.addClassName("plain-list");
        if (record.lines().isEmpty()) {
            list.add(new ListItem(getTranslation("volunteers.lines.empty")));
        }
        for (WishViews.HoursLine line : record.lines()) {
            String words = getTranslation(line.reversal() ? "volunteers.line.reversal" : "volunteers.line.credit",
                    WishLabels.duration(this, Math.abs(line.minutes())), line.wishText() == null ? "" : line.wishText(),
                    DemandLabels.time(line.recordedAt(), zone));
            ListItem item = new ListItem(words);
            if (line.note() != null) {
                item.add(new Paragraph(line.note()));
            }
            if (correctedFor != null && !line.reversal() && !line.corrected()) {
                item.add(correction(line));
            }
            list.add(item);
        }
        return list;
    }

    private Component correction(WishViews.HoursLine line) {
        IntegerField minutes = new IntegerField(getTranslation("volunteers.correct.minutes"));
        minutes.setMin(0);
        minutes.setMax(24 * 60);
        minutes.setValue(line.minutes());
        minutes.setStepButtonsVisible(true);
        TextField why = new TextField(getTranslation("volunteers.correct.reason"));
        why.setMaxLength(500);
        why.setWidthFull();
        Button correct = new Button(getTranslation("volunteers.correct"), click -> run("volunteers.done.correct",
                () -> volunteers.correctHours(community, caller, line.id(), minutes.getValue() == null ? -1 : minutes.getValue(),
                        why.getValue())));
        correct.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        correct.getElement().setAttribute("data-correct", line.id().toString());
        Details open = new Details(getTranslation("volunteers.correct.open"), new Div(minutes, why, correct));
        open.addClassName("hours-correction");
        open.getElement().setAttribute("data-line", line.id().toString());
        return open;
    }

    private Component teams(List<WishViews.TeamView> teams) {
        Div card = MainLayout.card(new H2(getTranslation("volunteers.teams")));
        card.setId("volunteer-teams");
        UnorderedList list = new UnorderedList();
        list.addClassName("plain-list");
        if (teams.isEmpty()) {
            list.add(new ListItem(getTranslation("volunteers.teams.empty")));
        }
        teams.forEach(t -> list.add(new ListItem(getTranslation("volunteers.team.line", t.name(),
                t.organizationName() == null ? "" : t.organizationName(), t.members()))));
        List<OrganizationView> organizations = registry.list(community, caller).stream()
                .filter(o -> o.status() == OrganizationStatus.ACTIVE).toList();
        card.add(list);
        if (organizations.isEmpty()) {
            card.add(new Paragraph(getTranslation("volunteers.teams.no-organization")));
            return card;
        }
        Select<OrganizationView> organization = new Select<>();
        organization.setId("team-organization");
        organization.setLabel(getTranslation("volunteers.team.organization"));
        organization.setItems(organizations);
        organization.setItemLabelGenerator(OrganizationView::name);
        organization.setValue(organizations.get(0));
        TextField name = new TextField(getTranslation("volunteers.team.name"));
        name.setId("team-name");
        name.setMaxLength(100);
        Button create = new Button(getTranslation("volunteers.team.create"), click -> runTeam(() -> volunteers.createTeam(community, caller,
                organization.getValue().id(), name.getValue())));
        create.setId("team-create");
        create.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div form = new Div(organization, name);
        form.addClassName("wish-filters");
        card.add(new Details(getTranslation("volunteers.team.open"), new Div(form, create)));
        return card;
    }

    private void runTeam(Supplier<WishViews.TeamView> step) {
        try {
            step.get();
            Notifications.success(getTranslation("volunteers.done.team"));
            show();
        } catch (InvalidInputException e) {
            Notifications.error(WishLabels.invalid(this, e.field()));
        } catch (ConflictException e) {
            Notifications.error(getTranslation("volunteers.team.taken"));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Notifications.error(WishLabels.invalid(this, e));
        }
    }

    private Component registry(List<WishViews.TeamView> teams) {
        Div card = MainLayout.card(new H2(getTranslation("volunteers.registry")));
        UnorderedList list = new UnorderedList();
        list.setId("volunteer-registry");
        list.addClassName("card-list");
        List<WishViews.VolunteerView> all = volunteers.list(community, caller);
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("volunteers.registry.empty")));
        }
        for (WishViews.VolunteerView volunteer : all) {
            Span status = new Span(getTranslation("volunteer-status." + volunteer.status().name()));
            status.getElement().getThemeList().add(volunteer.status() == VolunteerStatus.PENDING ? "badge contrast" : "badge");
            Div top = new Div(status, new Span(volunteer.name()), new Span(volunteer.phone()));
            top.addClassName("need-card-meta");
            Div item = new Div(top);
            item.addClassName("volunteer-card");
            item.getElement().setAttribute("data-volunteer", volunteer.name());
            if (!volunteer.skills().isEmpty()) {
                item.add(Lines.labelled(this, getTranslation("volunteers.skills"), String.join("、", volunteer.skills())));
            }
            if (volunteer.availability() != null && !volunteer.availability().isBlank()) {
                item.add(Lines.labelled(this, getTranslation("volunteers.availability"), volunteer.availability()));
            }
            item.add(Lines.labelled(this, getTranslation("volunteers.hours"), WishLabels.duration(this, volunteer.minutes())));
            if (volunteer.status() != VolunteerStatus.PENDING) {
                Details hours = new Details(getTranslation("volunteers.hours.open"));
                hours.getElement().setAttribute("data-hours", volunteer.name());
                hours.addOpenedChangeListener(opened -> {
                    if (opened.isOpened() && hours.getContent().findAny().isEmpty()) {
                        hours.add(hoursList(volunteers.recordOf(community, caller, volunteer.id()), volunteer));
                    }
                });
                item.add(hours);
            }
            if (volunteer.teamName() != null) {
                item.add(Lines.labelled(this, getTranslation("volunteers.team"), volunteer.teamName()));
            }
            if (volunteer.status() == VolunteerStatus.VERIFIED && !teams.isEmpty()) {
                Select<WishViews.TeamView> team = new Select<>();
                team.setLabel(getTranslation("volunteers.team.join"));
                team.setItems(teams);
                team.setItemLabelGenerator(WishViews.TeamView::name);
                teams.stream().filter(t -> t.id().equals(volunteer.teamId())).findFirst().ifPresent(team::setValue);
                team.addValueChangeListener(change -> run("volunteers.done.team",
                        () -> volunteers.joinTeam(community, caller, volunteer.id(), change.getValue() == null ? null : change.getValue().id())));
                item.add(team);
            }
            if (volunteer.status() == VolunteerStatus.PENDING) {
                Button verify = new Button(getTranslation("volunteers.verify"), click -> run("volunteers.done.verify",
                        () -> volunteers.verify(community, caller, volunteer.id())));
                verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                verify.getElement().setAttribute("data-verify", volunteer.name());
                TextArea why = new TextArea(getTranslation("volunteers.reject.reason"));
                why.setMaxLength(500);
                why.setWidthFull();
                Button reject = new Button(getTranslation("volunteers.reject"), click -> run("volunteers.done.reject",
                        () -> volunteers.reject(community, caller, volunteer.id(), why.getValue())));
                reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
                item.add(verify, new Details(getTranslation("volunteers.reject.open"), new Div(why, reject)));
            }
            list.add(new ListItem(item));
        }
        card.add(list);
        return card;
    }

    private Component registerForm(String titleKey, boolean byStaff) {
        Div card = MainLayout.card(new H2(getTranslation(titleKey)));
        card.setId("volunteer-form");
        TextField name = new TextField(getTranslation("volunteers.name"));
        name.setId("volunteer-name");
        name.setMaxLength(50);
        TextField phone = new TextField(getTranslation("volunteers.phone"));
        phone.setId("volunteer-phone");
        phone.setMaxLength(20);
        TextField skills = new TextField(getTranslation("volunteers.skills"));
        skills.setId("volunteer-skills");
        skills.setHelperText(getTranslation("volunteers.skills.help"));
        skills.setMaxLength(250);
        TextField availability = new TextField(getTranslation("volunteers.availability"));
        availability.setId("volunteer-availability");
        availability.setMaxLength(200);
        CheckboxGroup<GridPlaces.Place> served = new CheckboxGroup<>(getTranslation("volunteers.grids"));
        served.setId("volunteer-grids");
        served.setItems(grids.all(community));
        served.setItemLabelGenerator(GridPlaces.Place::name);
        Button send = new Button(getTranslation(byStaff ? "volunteers.register" : "volunteers.sign-up"), click -> {
            Volunteers.Registration registration = new Volunteers.Registration(name.getValue(), phone.getValue(),
                    Arrays.stream(skills.getValue().split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList(), availability.getValue(),
                    served.getValue().stream().map(GridPlaces.Place::code).toList());
            run(byStaff ? "volunteers.done.register" : "volunteers.done.sign-up", () -> byStaff
                    ? volunteers.register(community, caller, registration) : volunteers.signUp(community, caller, registration));
        });
        send.setId("volunteer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("big-action");
        if (byStaff) {
            card.add(name);
        } else {
            card.add(new Paragraph(getTranslation("volunteers.sign-up.explain")));
        }
        card.add(phone, skills, availability, served, send);
        card.getChildren().filter(c -> c instanceof TextField).forEach(c -> ((TextField) c).setWidthFull());
        return card;
    }

    private void run(String doneKey, Supplier<WishViews.VolunteerView> step) {
        try {
            step.get();
            Notifications.success(getTranslation(doneKey));
            show();
        } catch (WishRuleException e) {
            Notifications.error(WishLabels.refusal(this, e));
        } catch (InvalidInputException e) {
            Notifications.error(WishLabels.invalid(this, e.field()));
        } catch (ConflictException e) {
            Notifications.error(getTranslation("volunteers.already"));
        } catch (ForbiddenActionException e) {
            Notifications.error(getTranslation("wish.refused.not-allowed"));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Notifications.error(WishLabels.invalid(this, e));
        } catch (IllegalArgumentException e) {
            Notifications.error(getTranslation("demand.error.explain"));
        }
    }
}
