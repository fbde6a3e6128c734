package org.weimin.ui.demand;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.weimin.demand.application.DemandViews;
import org.weimin.demand.model.DemandStatus;
import org.weimin.identity.model.Caller;
import org.weimin.tenancy.model.CommunityId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * What a resident may do on a need: the one who raised it confirms it is solved or says it is not (and why);
 * a neighbour says they have it too, once. Otherwise they are told what happens next.
 */
final class ResidentActions extends Div {

    static final int REASON_LENGTH = 200;

    ResidentActions(NeedUseCases needs, CommunityId community, java.time.ZoneId zone, Caller caller, DemandViews.Detail detail,
                    BiConsumer<String, Supplier<DemandViews.Detail>> run) {
        DemandViews.Summary need = detail.summary();
        Paragraph next = new Paragraph(need.status() == DemandStatus.AT_SESSION
                ? getTranslation("need.what-next.at-session", NeedView.sessionDay(detail, zone))
                : getTranslation("need.what-next." + need.status().name()));
        next.setId("need-what-next");
        add(next);
        if (detail.raisedByViewer() && need.status() == DemandStatus.RESOLVED) {
            Button confirm = new Button(getTranslation("demand.confirm"),
                    click -> run.accept("need.done.confirm", () -> needs.answers.confirm(community, caller, need.id())));
            confirm.setId("demand-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            confirm.addClassName("big-action");
            Button notSolved = new Button(getTranslation("demand.reopen"), click -> askWhy(needs, community, caller, need, run));
            notSolved.setId("demand-reopen");
            notSolved.addThemeVariants(ButtonVariant.LUMO_ERROR);
            notSolved.addClassName("big-action");
            Div buttons = new Div(confirm, notSolved);
            buttons.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
            add(buttons);
        } else if (!detail.raisedByViewer() && NeedView.isOpenForSupport(need)) {
            if (detail.supportedByViewer()) {
                Span supported = new Span(getTranslation("need.supported"));
                supported.setId("need-supported");
                supported.getElement().getThemeList().add("badge success");
                add(supported);
            } else {
                Button support = new Button(getTranslation("demand.support"),
                        click -> run.accept("need.done.support", () -> needs.answers.support(community, caller, need.id())));
                support.setId("demand-support");
                support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                support.addClassName("big-action");
                add(support);
            }
        }
    }

    /** "Not solved" asks what is still wrong, and sends it only when the resident confirms. */
    private void askWhy(NeedUseCases needs, CommunityId community, Caller caller, DemandViews.Summary need,
                        BiConsumer<String, Supplier<DemandViews.Detail>> run) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("need.reopen.title"));
        TextArea why = new TextArea(getTranslation("demand.why-reopen"));
        why.setId("reopen-why");
        why.setRequired(true);
        why.setMaxLength(REASON_LENGTH);
        why.setHelperText(getTranslation("need.reopen.helper", REASON_LENGTH));
        why.setWidthFull();
        dialog.add(why);
        dialog.setWidth("min(520px, 96vw)");
        Button send = new Button(getTranslation("need.reopen.send"), click -> {
            if (why.getValue().isBlank()) {
                why.setInvalid(true);
                why.setErrorMessage(getTranslation("need.reopen.required"));
                why.focus();
                return;
            }
            dialog.close();
            run.accept("need.done.reopen", () -> needs.answers.reopen(community, caller, need.id(), why.getValue().strip()));
        });
        send.setId("reopen-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("need.cancel"), click -> dialog.close());
        cancel.setId("reopen-cancel");
        dialog.getFooter().add(cancel, send);
        dialog.open();
        why.focus();
    }
}
