package org.weimin.ui.demand;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.weimin.demand.application.DemandViews;
import org.weimin.demand.model.DemandPhoto;
import org.weimin.demand.model.DemandStatus;
import org.weimin.ui.shell.Lines;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** What a need is about: the outcome first when there is one, then place, photos, kind and who raised it. */
final class NeedFacts extends Div {

    /** The states in which the resolution is the answer; once reopened it is history, on the timeline. */
    private static final Set<DemandStatus> SOLVED = EnumSet.of(DemandStatus.RESOLVED, DemandStatus.CONFIRMED, DemandStatus.CLOSED);

    NeedFacts(DemandViews.Detail detail, ZoneId zone, Function<UUID, DemandPhoto> photo) {
        DemandViews.Summary s = detail.summary();
        if (detail.resolution() != null && SOLVED.contains(s.status())) {
            Div resolution = Lines.labelled(this, getTranslation("demand.resolution"), detail.resolution());
            resolution.setId("need-resolution");
            add(resolution);
        }
        if (detail.rejectionReason() != null) {
            Div rejection = Lines.labelled(this, getTranslation("demand.rejection"), detail.rejectionReason());
            rejection.setId("need-rejection");
            add(rejection);
        }
        add(NeedView.place(this, s));
        if (!detail.photos().isEmpty()) {
            add(photos(detail, photo));
        }
        if (detail.photoAddress() != null) {
            Anchor sendersPhoto = new Anchor(detail.photoAddress(), getTranslation("demand.senders-photo"));
            sendersPhoto.setTarget("_blank");
            sendersPhoto.getElement().setAttribute("rel", "noopener noreferrer");
            sendersPhoto.setId("demand-senders-photo");
            add(sendersPhoto);
        }
        if (s.kind() != null) {
            add(Lines.labelled(this, getTranslation("demands.column.kind"), getTranslation("kind." + s.kind().name()) + " · "
                    + getTranslation("category." + s.category().name())));
        }
        add(Lines.labelled(this, getTranslation("demand.residents"), getTranslation("demand.residents.count", s.residents())));
        add(Lines.labelled(this, getTranslation("demands.column.submitted"), DemandLabels.time(s.submittedAt(), zone)));
        if (detail.submitter() != null) {
            add(Lines.labelled(this, getTranslation("demand.submitter"), detail.submitter()));
        }
        if (detail.household() != null) {
            add(Lines.labelled(this, getTranslation("demand.household"), detail.household()));
        }
        if (detail.contact() != null) {
            Div contact = Lines.labelled(this, getTranslation("demand.contact"), "");
            Anchor call = new Anchor("tel:" + detail.contact().replaceAll("[^0-9+]", ""), detail.contact());
            call.setId("need-contact");
            contact.add(call);
            add(contact);
        }
        if (s.respondBy() != null && s.status().isOpen()) {
            add(Lines.labelled(this, getTranslation("demand.deadlines"), DemandLabels.time(s.respondBy(), zone) + " / "
                    + DemandLabels.time(s.resolveBy(), zone)));
        }
    }

    /** The need's photos side by side as thumbnails; a tap shows one large. */
    private FlexLayout photos(DemandViews.Detail detail, Function<UUID, DemandPhoto> photo) {
        FlexLayout row = new FlexLayout();
        row.setId("demand-photos");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)").set("margin", "var(--lumo-space-s) 0");
        int number = 0;
        for (var info : detail.photos()) {
            number++;
            DownloadHandler bytes = DownloadHandler.fromInputStream(event -> {
                DemandPhoto shown = photo.apply(info.id());
                return new DownloadResponse(new java.io.ByteArrayInputStream(shown.content()), "photo", shown.contentType(), shown.size());
            });
            String alt = getTranslation("demand.photo.number", number);
            Image thumbnail = new Image(bytes, alt);
            thumbnail.setWidth("96px");
            thumbnail.setHeight("96px");
            thumbnail.getStyle().set("border-radius", "var(--lumo-border-radius-m)").set("object-fit", "cover");
            Button open = new Button(thumbnail, click -> {
                Image large = new Image(bytes, alt);
                large.setWidthFull();
                Dialog dialog = new Dialog(large);
                dialog.setWidth("min(900px, 96vw)");
                dialog.getFooter().add(new Button(getTranslation("demand.close-dialog"), c -> dialog.close()));
                dialog.open();
            });
            open.getElement().setAttribute("aria-label", alt);
            open.getStyle().set("height", "auto").set("padding", "0").set("min-width", "0").set("background", "none");
            row.add(open);
        }
        return row;
    }
}
