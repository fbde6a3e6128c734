package org.weimin.ui.wish;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.weimin.demand.model.IllegalTransitionException;
import org.weimin.identity.model.Caller;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.demand.DemandLabels;
import org.weimin.ui.identity.SignedIn;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.Lines;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;
import org.weimin.wish.application.WishViews;
import org.weimin.wish.model.ClaimStatus;
import org.weimin.wish.model.WishPhoto;
import org.weimin.wish.model.WishRuleException;
import org.weimin.wish.model.WishStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.inject.Inject;

/**
 * One wish at its own address ({@code /t/{community}/wishes/{id}}), readable without signing in when it is on the
 * wall: what is wished for and where, who claimed it in which mode, and what the person looking can do now —
 * claim it; as its claimer, say they are in touch, report it fulfilled with photos and the time spent, or give
 * it back; as its resident, confirm or say it was not fulfilled, then thank; as staff, give it to someone, take a
 * claim back, or answer for the resident.
 */
@Route(value = "t/:community/wishes/:id", layout = MainLayout.class)
public class WishView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityAdministration communities;
    private final WishUseCases wishes;
    private final Div page = new Div();
    private CommunityId community;
    private ZoneId zone;
    private Caller caller;
    private UUID id;
    private String title = "";

    @Inject
    public WishView(CommunityAdministration communities, WishUseCases wishes) {
        this.communities = communities;
        this.wishes = wishes;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Community> shown = communities.find(event.getRouteParameters().get("community").orElse("")).filter(Community::isActive);
        if (shown.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        community = shown.get().id();
        zone = shown.get().timeZone();
        caller = SignedIn.caller().filter(c -> c.community().filter(community.value()::equals).isPresent()).orElse(null);
        removeAll();
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            WishViews.WishDetail detail = wishes.wall.wish(community, caller, id);
            Anchor back = new Anchor("t/" + community + "/wishes", getTranslation("wish.back"));
            back.setId("back-to-wall");
            page.addClassName("need-page");
            page.setWidthFull();
            add(back, page);
            show(detail);
            title = detail.wish().text();
        } catch (IllegalArgumentException | org.weimin.shared.NotFoundException gone) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(WishViews.WishDetail detail) {
        page.removeAll();
        WishViews.WallItem wish = detail.wish();
        H1 text = new H1(wish.text());
        text.setId("wish-text");
        text.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "var(--lumo-space-s) 0").set("overflow-wrap", "anywhere");
        Div summary = MainLayout.card(new Div(WishLabels.status(this, wish)), text,
                Lines.labelled(this, getTranslation("wish.for"), wish.shownAs() == null ? getTranslation("wish.resident") : wish.shownAs()),
                Lines.labelled(this, getTranslation("wish.where"), wish.gridName() == null ? getTranslation("wish.whole-community") : wish.gridName()),
                Lines.labelled(this, getTranslation("wish.published"), DemandLabels.time(wish.publishedAt(), zone)));
        if (wish.category() != null) {
            summary.add(Lines.labelled(this, getTranslation("demands.column.category"), getTranslation("category." + wish.category())));
        }
        if (detail.reference() != null) {
            Anchor need = new Anchor("t/" + community + "/demands/" + detail.reference(), getTranslation("wish.need", detail.reference()));
            need.setId("wish-need");
            summary.add(new Div(need));
        }
        summary.addClassName("need-summary");
        Div side = MainLayout.card(new H2(getTranslation("need.next")));
        side.addClassName("need-side");
        side.setId("wish-actions");
        actions(detail, side);
        Div claims = MainLayout.card(new H2(getTranslation("wish.claims")), claims(detail));
        claims.addClassName("need-facts");
        page.add(summary, side, claims);
        if (detail.story() != null || detail.thanks() != null) {
            Div story = MainLayout.card(new H2(getTranslation("wish.story")));
            if (detail.thanks() != null) {
                story.add(new Paragraph(getTranslation("wish.thanks.said", detail.thanks())));
            }
            if (detail.story() != null) {
                Paragraph words = new Paragraph(detail.story());
                words.setId("wish-story");
                story.add(words);
            }
            story.addClassName("need-history");
            page.add(story);
        }
    }

    private void actions(WishViews.WishDetail detail, Div side) {
        WishViews.WallItem wish = detail.wish();
        if (caller == null) {
            Anchor signIn = new Anchor("t/" + community + "?" + QueryParameters.of(CommunityPage.SIGN_IN_RETURNS_TO, "wishes/" + id)
                    .getQueryString(), getTranslation(wish.status() == WishStatus.OPEN ? "wish.sign-in-to-claim" : "wish.sign-in"));
            signIn.setId("wish-sign-in");
            signIn.addClassName("big-link");
            side.add(signIn);
            return;
        }
        if (detail.claimable()) {
            Checkbox forTeam = new Checkbox();
            forTeam.setId("wish-claim-for-team");
            UUID team = myTeam(forTeam);
            Button claim = new Button(getTranslation("wish.claim"), click -> run("wish.done.claim",
                    () -> wishes.claiming.claim(community, caller, id, forTeam.getValue() ? team : null)));
            claim.setId("wish-claim");
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.addClassName("big-action");
            side.add(new Paragraph(getTranslation("wish.claim.explain")));
            if (team != null) {
                side.add(forTeam);
            }
            side.add(claim);
        }
        detail.claims().stream().filter(c -> c.mine() && c.status() == ClaimStatus.ACTIVE).findFirst()
                .ifPresent(mine -> side.add(claimerActions(mine)));
        if (detail.residentsOwn()) {
            side.add(residentActions(detail));
        }
        if (detail.staff()) {
            side.add(staffActions(detail));
        }
        if (side.getChildren().count() == 1) {
            side.add(new Paragraph(getTranslation("wish.nothing-to-do." + wish.status().name())));
        }
    }

    /** The caller's volunteer team, labelling the box that claims in its name; null when they have none. */
    private UUID myTeam(Checkbox forTeam) {
        try {
            WishViews.VolunteerView me = wishes.volunteers.mine(community, caller).volunteer();
            if (me.teamId() != null) {
                forTeam.setLabel(getTranslation("wish.claim.for-team", me.teamName()));
            }
            return me.teamId();
        } catch (org.weimin.shared.NotFoundException notAVolunteer) {
            return null;
        }
    }

    private Component claimerActions(WishViews.ClaimView mine) {
        Div box = new Div();
        box.setId("wish-my-claim");
        box.add(new Paragraph(getTranslation(mine.contactedAt() == null ? "wish.mine.contact-by" : "wish.mine.fulfil-by",
                DemandLabels.time(mine.contactedAt() == null ? mine.contactBy() : mine.fulfilBy(), zone))));
        if (mine.contactedAt() == null) {
            Button contacted = new Button(getTranslation("wish.contacted"), click -> run("wish.done.contacted",
                    () -> wishes.claims.contacted(community, caller, mine.id())));
            contacted.setId("wish-contacted");
            contacted.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            box.add(contacted);
        }
        TextArea note = new TextArea(getTranslation("wish.fulfil.note"));
        note.setId("wish-fulfil-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        IntegerField minutes = new IntegerField(getTranslation("wish.fulfil.minutes"));
        minutes.setId("wish-fulfil-minutes");
        minutes.setMin(0);
        minutes.setMax(24 * 60);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText(getTranslation("wish.fulfil.minutes.help"));
        Upload photos = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            wishes.claims.addPhoto(community, caller, mine.id(), bytes);
            getUI().ifPresent(ui -> ui.access(() -> Notifications.success(getTranslation("wish.done.photo"))));
        }));
        photos.setId("wish-fulfil-photos");
        photos.setMaxFiles(WishPhoto.MAX_PER_CLAIM);
        photos.setMaxFileSize(WishPhoto.MAX_BYTES);
        photos.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp");
        Button fulfil = new Button(getTranslation("wish.fulfil"), click -> run("wish.done.fulfil", () -> wishes.claims.fulfil(community, caller,
                mine.id(), note.getValue(), minutes.getValue() == null ? -1 : minutes.getValue())));
        fulfil.setId("wish-fulfil");
        fulfil.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fulfil.addClassName("big-action");
        TextArea why = reasonBox("wish-withdraw-reason", "wish.withdraw.reason");
        Button withdraw = new Button(getTranslation("wish.withdraw"), click -> run("wish.done.withdraw",
                () -> wishes.claims.withdraw(community, caller, mine.id(), why.getValue())));
        withdraw.setId("wish-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Details giveBack = new Details(getTranslation("wish.withdraw.open"), new Div(why, withdraw));
        giveBack.setId("wish-give-back");
        H2 report = new H2(getTranslation("wish.fulfil.title"));
        report.getStyle().set("margin-top", "var(--lumo-space-l)");
        box.add(report, note, minutes, new Paragraph(getTranslation("wish.fulfil.photos")), photos,
                fulfil, giveBack);
        return box;
    }

    private Component residentActions(WishViews.WishDetail detail) {
        Div box = new Div();
        box.setId("wish-resident");
        WishStatus status = detail.wish().status();
        if (status == WishStatus.FULFILLED) {
            box.add(new Paragraph(getTranslation("wish.resident.fulfilled")));
            Button confirm = new Button(getTranslation("wish.resident.confirm"), click -> run("need.done.confirm", () -> {
                wishes.answers.confirm(community, caller, detail.demandId());
                return wishes.wall.wish(community, caller, id);
            }));
            confirm.setId("wish-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            confirm.addClassName("big-action");
            TextArea why = reasonBox("wish-not-fulfilled-reason", "wish.resident.why");
            Button notFulfilled = new Button(getTranslation("wish.resident.not-fulfilled"), click -> run("wish.done.not-fulfilled", () -> {
                wishes.answers.reopen(community, caller, detail.demandId(), why.getValue());
                return wishes.wall.wish(community, caller, id);
            }));
            notFulfilled.setId("wish-not-fulfilled");
            notFulfilled.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Details no = new Details(getTranslation("wish.resident.not-fulfilled.open"), new Div(why, notFulfilled));
            box.add(confirm, no);
        } else if (status == WishStatus.CONFIRMED) {
            TextArea thanks = reasonBox("wish-thanks", "wish.thanks");
            thanks.setValue(detail.thanks() == null ? "" : detail.thanks());
            TextArea story = reasonBox("wish-story-text", "wish.story.write");
            story.setMaxLength(2000);
            story.setValue(detail.story() == null ? "" : detail.story());
            Checkbox publish = new Checkbox(getTranslation("wish.story.consent"), detail.storyPublic());
            publish.setId("wish-story-consent");
            Button send = new Button(getTranslation("wish.thanks.send"), click -> run("wish.done.thanks",
                    () -> wishes.confirming.thank(community, caller, id, thanks.getValue(), story.getValue(), publish.getValue())));
            send.setId("wish-thank");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(new Paragraph(getTranslation("wish.thanks.explain")), thanks, story, publish, send);
        }
        return box;
    }

    private Component staffActions(WishViews.WishDetail detail) {
        Div box = new Div();
        box.setId("wish-staff");
        WishStatus status = detail.wish().status();
        if (status == WishStatus.OPEN) {
            List<WishViews.Candidate> candidates = wishes.claiming.candidates(community, caller);
            Select<WishViews.Candidate> who = new Select<>();
            who.setId("wish-assign-to");
            who.setLabel(getTranslation("wish.assign.to"));
            who.setItems(candidates);
            who.setItemLabelGenerator(c -> c.name() + " · " + getTranslation("claimer-kind." + c.kind().name()));
            who.setEmptySelectionAllowed(false);
            Button assign = new Button(getTranslation("wish.assign"), click -> {
                WishViews.Candidate chosen = who.getValue();
                if (chosen == null) {
                    who.setInvalid(true);
                    who.setErrorMessage(getTranslation("wish.assign.choose"));
                    return;
                }
                run("wish.done.assign", () -> wishes.claiming.assign(community, caller, id, new org.weimin.wish.application.ClaimWishes.Assignment(
                        chosen.kind(), chosen.id(), chosen.username(), null, null)));
            });
            assign.setId("wish-assign");
            assign.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            box.add(new H2(getTranslation("wish.assign.title")), who, assign);
        }
        for (WishViews.ClaimView claim : detail.claims()) {
            if (claim.status() == ClaimStatus.ACTIVE) {
                TextArea why = reasonBox("wish-release-reason-" + claim.id(), "wish.release.reason");
                Button release = new Button(getTranslation("wish.release"), click -> run("wish.done.release",
                        () -> wishes.claims.release(community, caller, claim.id(), why.getValue())));
                release.setId("wish-release-" + claim.id());
                release.addThemeVariants(ButtonVariant.LUMO_ERROR);
                box.add(new Details(getTranslation("wish.release.open", claim.claimerName()), new Div(why, release)));
            }
        }
        if (status == WishStatus.FULFILLED) {
            Button confirm = new Button(getTranslation("wish.staff.confirm"), click -> run("wish.done.confirm-on-behalf",
                    () -> wishes.confirming.confirmOnBehalf(community, caller, id)));
            confirm.setId("wish-confirm-on-behalf");
            confirm.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            TextArea why = reasonBox("wish-staff-not-fulfilled-reason", "wish.resident.why");
            Button no = new Button(getTranslation("wish.staff.not-fulfilled"), click -> run("wish.done.not-fulfilled",
                    () -> wishes.confirming.notFulfilledOnBehalf(community, caller, id, why.getValue())));
            no.setId("wish-staff-not-fulfilled");
            no.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(new Paragraph(getTranslation("wish.staff.fulfilled")), confirm,
                    new Details(getTranslation("wish.staff.not-fulfilled.open"), new Div(why, no)));
        }
        return box;
    }

    private Component claims(WishViews.WishDetail detail) {
        if (detail.claims().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("wish.claims.none"));
            none.setId("wish-claims-none");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId("wish-claims");
        list.addClassName("plain-list");
        for (WishViews.ClaimView claim : detail.claims()) {
            Div line = new Div(WishLabels.claimStatus(this, claim.status()),
                    new Span(getTranslation("wish.claim.line", claim.claimerName(), getTranslation("claim-mode." + claim.mode().name()))));
            line.addClassName("need-card-meta");
            ListItem item = new ListItem(line);
            if (claim.proof() != null) {
                item.add(new Paragraph(getTranslation("wish.claim.proof", claim.proof(), WishLabels.duration(this, claim.minutes()))));
            }
            if (claim.endReason() != null && claim.status() != ClaimStatus.LAPSED) {
                item.add(new Paragraph(getTranslation("wish.claim.ended", claim.endReason())));
            }
            if (claim.status() == ClaimStatus.LAPSED) {
                item.add(new Paragraph(getTranslation("wish.claim.lapsed." + claim.endReason())));
            }
            list.add(item);
        }
        Div all = new Div(list);
        if (!detail.photoIds().isEmpty()) {
            Div photos = new Div();
            photos.setId("wish-photos");
            photos.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
            int number = 0;
            for (UUID photo : detail.photoIds()) {
                number++;
                Image thumbnail = new Image(DownloadHandler.fromInputStream(event -> {
                    WishPhoto stored = wishes.claims.photo(community, caller, id, photo);
                    return new DownloadResponse(new java.io.ByteArrayInputStream(stored.content()), "photo", stored.contentType(), stored.size());
                }), getTranslation("demand.photo.number", number));
                thumbnail.setWidth("96px");
                thumbnail.setHeight("96px");
                thumbnail.getStyle().set("object-fit", "cover").set("border-radius", "var(--lumo-border-radius-m)");
                photos.add(thumbnail);
            }
            all.add(photos);
        }
        return all;
    }

    private TextArea reasonBox(String id, String labelKey) {
        TextArea box = new TextArea(getTranslation(labelKey));
        box.setId(id);
        box.setMaxLength(500);
        box.setWidthFull();
        return box;
    }

    /** Runs one step; shows the wish as it now stands and says the step is done, or why it could not be. */
    private void run(String doneKey, Supplier<WishViews.WishDetail> step) {
        try {
            show(step.get());
            Notifications.success(getTranslation(doneKey));
        } catch (WishRuleException e) {
            Notifications.error(WishLabels.refusal(this, e));
            show(wishes.wall.wish(community, caller, id));
        } catch (IllegalTransitionException | ConflictException e) {
            Notifications.error(getTranslation("demand.error.conflict"));
        } catch (ForbiddenActionException e) {
            Notifications.error(getTranslation("wish.refused.not-allowed"));
        } catch (InvalidInputException e) {
            Notifications.error(WishLabels.invalid(this, e.field()));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Notifications.error(WishLabels.invalid(this, e));
        } catch (IllegalArgumentException e) {
            Notifications.error(getTranslation("demand.error.explain"));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
