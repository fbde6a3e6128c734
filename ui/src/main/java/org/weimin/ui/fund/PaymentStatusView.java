package org.weimin.ui.fund;

import java.util.UUID;

import org.weimin.fund.application.OnlineDonations;
import org.weimin.fund.model.PaymentStatus;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Money;
import org.weimin.ui.shell.PublicCommunityPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * An online payment as its donor follows it ({@code /t/{community}/fund/payments/{id}}), where the provider sends them
 * back: waiting for the provider, received (with thanks and the way to the statement), or not gone through.
 */
@Route(value = "t/:community/fund/payments/:id", layout = MainLayout.class)
public class PaymentStatusView extends PublicCommunityPage {

    private final OnlineDonations donations;

    @Inject
    public PaymentStatusView(CommunityAdministration communities, OnlineDonations donations) {
        super(communities, "payment.title", "payment.intro");
        this.donations = donations;
    }

    @Override
    protected void show(Community community, BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("no such payment");
        }
        OnlineDonations.PaymentView payment = donations.payment(community.id(), id);
        Span status = new Span(getTranslation("payment-status." + payment.status().name()));
        status.getElement().getThemeList().add(payment.status() == PaymentStatus.PAID ? "badge success" : "badge contrast");
        status.setId("payment-status");
        Div card = MainLayout.card(status, new Paragraph(payment.description()), new Paragraph(getTranslation("payment.amount", Money.yuan(payment.amountFen()))));
        card.setId("payment");
        switch (payment.status()) {
            case CREATED -> {
                Anchor pay = new Anchor(payment.payUrl(), getTranslation("payment.pay"));
                pay.setId("payment-pay");
                pay.addClassName("home-link");
                Button again = new Button(getTranslation("payment.refresh"), click -> getUI().ifPresent(ui -> ui.getPage().reload()));
                again.setId("payment-refresh");
                card.add(new Paragraph(getTranslation("payment.waiting")), new Div(pay), again);
            }
            case PAID -> {
                Anchor statement = new Anchor("t/" + community.id() + "/fund", getTranslation("funding.to-statement"));
                statement.addClassName("home-link");
                card.add(new Paragraph(getTranslation("payment.thanks")), statement);
            }
            case FAILED -> {
                Anchor back = new Anchor("t/" + community.id() + "/funding", getTranslation("payment.try-again"));
                back.addClassName("home-link");
                card.add(new Paragraph(getTranslation("payment.failed")), back);
            }
        }
        add(card);
    }
}
