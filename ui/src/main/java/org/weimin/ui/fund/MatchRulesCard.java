package org.weimin.ui.fund;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.weimin.fund.application.FundViews;
import org.weimin.fund.model.MatchRules;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Money;
import org.weimin.ui.shell.YuanField;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

/** The community's match rules (配捐规则) in words, and for the cadre the form that changes them. */
final class MatchRulesCard {

    private MatchRulesCard() {
    }

    /** @param change null for staff who only read the rules; given the rules as typed, read when asked */
    static Div of(Div context, FundViews.Rules rules, Consumer<Supplier<MatchRules>> change) {
        Paragraph words = new Paragraph(describe(context, rules));
        words.setId("fund-match-rules");
        Div card = MainLayout.card(new H2(context.getTranslation("fund.match.title")), words);
        card.setId("fund-match");
        if (change == null) {
            return card;
        }
        IntegerField numerator = integer(context, "fund.match.numerator", "fund-match-numerator", rules.factorNumerator(), 0, 10);
        IntegerField denominator = integer(context, "fund.match.denominator", "fund-match-denominator", rules.factorDenominator(), 1, 10);
        YuanField donationCap = yuan(context, "fund.match.donation-cap", "fund-match-donation-cap", "donationCapFen", rules.donationCapFen());
        YuanField projectCap = yuan(context, "fund.match.project-cap", "fund-match-project-cap", "projectCapFen", rules.projectCapFen());
        YuanField donorCap = yuan(context, "fund.match.donor-cap", "fund-match-donor-cap", "donorCapFen", rules.donorCapFen());
        YuanField grant = yuan(context, "fund.match.grant", "fund-match-grant", "thresholdGrantFen",
                rules.thresholdGrantFen() == 0 ? null : rules.thresholdGrantFen());
        IntegerField percent = integer(context, "fund.match.percent", "fund-match-percent", rules.thresholdPercent(), 0, 100);
        IntegerField donors = integer(context, "fund.match.donors", "fund-match-donors", rules.thresholdDonors(), 0, 100_000);
        Button save = new Button(context.getTranslation("fund.match.save"), click -> change.accept(() -> MatchRules.of(value(numerator),
                value(denominator), donationCap.fenOrNull(), projectCap.fenOrNull(), donorCap.fenOrNull(),
                grant.getValue() == null ? 0 : grant.fen(), value(percent), value(donors))));
        save.setId("fund-match-save");
        save.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div factor = new Div(numerator, denominator);
        factor.addClassName("wish-filters");
        Div caps = new Div(donationCap, projectCap, donorCap);
        caps.addClassName("wish-filters");
        Div threshold = new Div(grant, percent, donors);
        threshold.addClassName("wish-filters");
        Details form = new Details(context.getTranslation("fund.match.change"), new Div(new Paragraph(context.getTranslation("fund.match.explain")),
                factor, caps, threshold, new Div(save)));
        form.setId("fund-match-form");
        card.add(form);
        return card;
    }

    static String describe(Div context, FundViews.Rules rules) {
        StringBuilder words = new StringBuilder(context.getTranslation("fund.match.factor", rules.factorNumerator(), rules.factorDenominator()));
        if (rules.donationCapFen() != null) {
            words.append(context.getTranslation("fund.match.words.donation-cap", Money.yuan(rules.donationCapFen())));
        }
        if (rules.projectCapFen() != null) {
            words.append(context.getTranslation("fund.match.words.project-cap", Money.yuan(rules.projectCapFen())));
        }
        if (rules.donorCapFen() != null) {
            words.append(context.getTranslation("fund.match.words.donor-cap", Money.yuan(rules.donorCapFen())));
        }
        if (rules.thresholdGrantFen() > 0) {
            words.append(context.getTranslation("fund.match.words.grant", Money.yuan(rules.thresholdGrantFen()), rules.thresholdPercent(),
                    rules.thresholdDonors()));
        }
        return words.toString();
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static IntegerField integer(Div context, String labelKey, String id, int value, int min, int max) {
        IntegerField field = new IntegerField(context.getTranslation(labelKey));
        field.setId(id);
        field.setMin(min);
        field.setMax(max);
        field.setValue(value);
        return field;
    }

    private static YuanField yuan(Div context, String labelKey, String id, String name, Long fen) {
        YuanField field = new YuanField(context.getTranslation(labelKey), id, name);
        field.setHelperText(context.getTranslation("fund.match.none"));
        if (fen != null) {
            field.setValue(java.math.BigDecimal.valueOf(fen, 2));
        }
        return field;
    }
}
