package org.weimin.ui.fund;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.weimin.fund.application.FundIncome;
import org.weimin.fund.application.FundViews;
import org.weimin.fund.model.DonationMethod;
import org.weimin.ui.shell.YuanField;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A donation as staff record it from its receipt: the amount, how it was given (goods with what they were), the donor or
 * anonymity, the receipt number, and, for the fund in general, which named fund it goes to.
 */
public class DonationForm extends Div {

    /**
     * @param prefix the elements' id prefix, like "fund-donation"
     * @param namedFunds the named funds it may go to, or none where the donation's destination is fixed (a campaign)
     * @param record given, when pressed, the receipt as typed (read when asked, so that a wrong amount is refused where the
     *               view reports refusals)
     */
    public DonationForm(String prefix, List<FundViews.Account> namedFunds, Consumer<Supplier<FundIncome.DonationReceipt>> record) {
        YuanField amount = new YuanField(getTranslation("fund.amount"), prefix + "-amount", "amountFen");
        amount.setHelperText(getTranslation("fund.amount.help"));
        TextField donor = text("fund.donation.donor", prefix + "-donor", 100);
        Checkbox anonymous = new Checkbox(getTranslation("fund.donation.anonymous"));
        anonymous.setId(prefix + "-anonymous");
        Select<DonationMethod> method = new Select<>();
        method.setId(prefix + "-method");
        method.setLabel(getTranslation("fund.donation.method"));
        method.setItems(DonationMethod.CASH, DonationMethod.BANK_TRANSFER, DonationMethod.GOODS);
        method.setItemLabelGenerator(m -> getTranslation("donation-method." + m.name()));
        method.setValue(DonationMethod.CASH);
        TextField goods = text("fund.donation.goods", prefix + "-goods", 300);
        goods.setVisible(false);
        method.addValueChangeListener(change -> goods.setVisible(change.getValue() == DonationMethod.GOODS));
        TextField receipt = text("fund.donation.receipt", prefix + "-receipt", 100);
        Div fields = new Div(amount, method);
        Select<Optional<FundViews.Account>> to = new Select<>();
        if (!namedFunds.isEmpty()) {
            to.setId(prefix + "-to");
            to.setLabel(getTranslation("fund.donation.to"));
            List<Optional<FundViews.Account>> funds = new java.util.ArrayList<>();
            funds.add(Optional.empty());
            namedFunds.forEach(f -> funds.add(Optional.of(f)));
            to.setItems(funds);
            to.setItemLabelGenerator(a -> a.map(f -> FundLabels.account(this, f)).orElse(getTranslation("fund.donation.to.general")));
            to.setValue(Optional.empty());
            fields.add(to);
        }
        fields.add(donor, receipt, goods);
        fields.addClassName("wish-filters");
        Button save = new Button(getTranslation("fund.donation.record"), click -> record.accept(() -> {
            UUID fund = Optional.ofNullable(to.getValue()).flatMap(a -> a).map(FundViews.Account::id).orElse(null);
            return new FundIncome.DonationReceipt(amount.fen(), donor.getValue(), anonymous.getValue(), method.getValue(),
                    receipt.getValue(), goods.getValue(), fund);
        }));
        save.setId(prefix + "-record");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(fields, anonymous, new Div(save));
    }

    private TextField text(String labelKey, String id, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }
}
