package org.weimin.ui.fund;

import java.util.UUID;

import org.weimin.fund.application.OnlineDonations;
import org.weimin.fund.model.FundRuleException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.YuanField;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A donor gives online, without an account: the amount, a name to show (or none), then the payment's own page, from where
 * they go to the provider to pay.
 */
public class OnlineGiftForm extends Div {

    /** @param campaignId the crowdfunding given to, or null for the community's general donations */
    public OnlineGiftForm(OnlineDonations donations, CommunityId community, UUID campaignId) {
        setId("online-gift");
        YuanField amount = new YuanField(getTranslation("fund.amount"), "online-gift-amount", "amountFen");
        TextField donor = new TextField(getTranslation("online-gift.donor"));
        donor.setId("online-gift-donor");
        donor.setMaxLength(50);
        donor.setHelperText(getTranslation("online-gift.donor.help"));
        Checkbox anonymous = new Checkbox(getTranslation("fund.donation.anonymous"));
        anonymous.setId("online-gift-anonymous");
        Button give = new Button(getTranslation("online-gift.give"), click -> {
            try {
                OnlineDonations.PaymentView started = donations.start(community, new OnlineDonations.Gift(campaignId, amount.fen(),
                        donor.getValue(), anonymous.getValue(), null));
                getUI().ifPresent(ui -> ui.navigate("t/" + community + "/fund/payments/" + started.id()));
            } catch (InvalidInputException e) {
                Notifications.error(getTranslation("online-gift.invalid." + (e.field().equals("donorName") ? "donorName" : "amountFen")));
            } catch (FundRuleException e) {
                Notifications.error(getTranslation("fund.refused." + e.reason().name(), ""));
            }
        });
        give.setId("online-gift-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(amount, donor);
        fields.addClassName("wish-filters");
        add(new H3(getTranslation("online-gift.title")), new Paragraph(getTranslation("online-gift.intro")), fields, anonymous, new Div(give));
    }
}
