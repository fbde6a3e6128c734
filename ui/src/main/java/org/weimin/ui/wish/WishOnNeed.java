package org.weimin.ui.wish;

import java.util.Optional;

import org.weimin.demand.application.DemandViews;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandStatus;
import org.weimin.identity.model.Caller;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.shell.Notifications;
import org.weimin.wish.application.PublishWishes;
import org.weimin.wish.application.WishViews;
import org.weimin.wish.application.WishWall;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The wish track on a need's page: the link to its wish once it has one; for staff, a need triaged as a wish is
 * published from here, in words they check for names and door numbers, on the wall or kept private.
 */
public final class WishOnNeed extends Div {

    public WishOnNeed(PublishWishes publishing, WishWall wall, CommunityId community, Caller caller, DemandViews.Detail detail,
                      boolean staff) {
        DemandViews.Summary need = detail.summary();
        Optional<WishViews.WishDetail> wish = wall.ofNeed(community, caller, need.id());
        if (wish.isPresent()) {
            Anchor open = new Anchor("t/" + community + "/wishes/" + wish.get().wish().id(), getTranslation("wish.open-from-need"));
            open.setId("need-wish");
            open.addClassName("home-link");
            add(open);
            return;
        }
        boolean publishable = need.kind() == DemandKind.WISH && (need.status() == DemandStatus.TRIAGED
                || need.status() == DemandStatus.ACCEPTED || need.status() == DemandStatus.REOPENED);
        if (!staff || !publishable) {
            return;
        }
        TextArea text = new TextArea(getTranslation("wish.publish.text"));
        text.setId("wish-publish-text");
        text.setValue(need.text().length() > 500 ? need.text().substring(0, 500) : need.text());
        text.setMaxLength(500);
        text.setHelperText(getTranslation("wish.publish.text.help"));
        text.setWidthFull();
        TextField shownAs = new TextField(getTranslation("wish.publish.shown-as"));
        shownAs.setId("wish-publish-shown-as");
        shownAs.setMaxLength(10);
        shownAs.setHelperText(getTranslation("wish.publish.shown-as.help"));
        IntegerField places = new IntegerField(getTranslation("wish.publish.places"));
        places.setId("wish-publish-places");
        places.setValue(1);
        places.setMin(1);
        places.setMax(10);
        places.setStepButtonsVisible(true);
        Checkbox onWall = new Checkbox(getTranslation("wish.publish.on-wall"), true);
        onWall.setId("wish-publish-on-wall");
        Button publish = new Button(getTranslation("wish.publish"), click -> {
            try {
                WishViews.WishDetail published = publishing.publish(community, caller, need.id(), new PublishWishes.Publication(
                        text.getValue(), shownAs.getValue(), onWall.getValue(), places.getValue() == null ? 0 : places.getValue()));
                Notifications.success(getTranslation("wish.done.publish"));
                getUI().ifPresent(ui -> ui.navigate("t/" + community + "/wishes/" + published.wish().id()));
            } catch (InvalidInputException e) {
                Notifications.error(WishLabels.invalid(this, e.field()));
            } catch (ConflictException | IllegalArgumentException e) {
                Notifications.error(getTranslation("demand.error.conflict"));
            }
        });
        publish.setId("wish-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H3(getTranslation("wish.publish.title")), new Paragraph(getTranslation("wish.publish.explain")),
                text, shownAs, places, onWall, publish);
        form.setId("wish-publish-form");
        add(form);
    }
}
