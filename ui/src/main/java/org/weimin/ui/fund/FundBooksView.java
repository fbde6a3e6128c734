package org.weimin.ui.fund;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.weimin.fund.application.FundCorrections;
import org.weimin.fund.application.FundEntries;
import org.weimin.fund.application.FundIncome;
import org.weimin.fund.application.FundReports;
import org.weimin.fund.application.FundViews;
import org.weimin.fund.application.MatchSettings;
import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundRuleException;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.InputErrors;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Money;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.YuanField;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * The fund's books for staff ({@code /t/{community}/fund/books}): what each account holds, a donation recorded from its
 * receipt, the subsidy and named funds (the cadre), and the journal, where the cadre reverses an entry saying why.
 */
@Route(value = "t/:community/fund/books", layout = MainLayout.class)
public class FundBooksView extends CommunityPage {

    private final FundIncome income;
    private final FundCorrections corrections;
    private final FundEntries entries;
    private final FundReports reports;
    private final MatchSettings matching;
    private final Div content = new Div();
    private CommunityId community;
    private ZoneId zone;
    private Caller caller;

    @Inject
    public FundBooksView(CommunityAdministration communities, FundIncome income, FundCorrections corrections, FundEntries entries,
                         FundReports reports, MatchSettings matching) {
        super(communities);
        this.matching = matching;
        this.income = income;
        this.corrections = corrections;
        this.entries = entries;
        this.reports = reports;
    }

    @Override
    protected String render(Community shown, Caller signedIn) {
        community = shown.id();
        zone = shown.timeZone();
        caller = signedIn;
        String title = getTranslation("fund.books.title");
        if (!caller.holds(Permission.TRIAGE_NEEDS)) {
            showNotAllowed();
            return title;
        }
        content.setWidthFull();
        add(content);
        show();
        return title;
    }

    private boolean cadre() {
        return caller.holds(Permission.MANAGE_COMMUNITY);
    }

    private void show() {
        content.removeAll();
        Anchor statement = new Anchor("t/" + community + "/fund", getTranslation("fund.books.to-statement"));
        statement.addClassName("home-link");
        statement.setId("fund-to-statement");
        List<FundViews.Account> accounts = reports.accounts(community, caller);
        content.add(new H1(getTranslation("fund.books.title")), new Div(statement), accounts(accounts), donationForm(accounts),
                MatchRulesCard.of(content, matching.current(community, caller), cadre()
                        ? rules -> run("fund.done.match", () -> matching.change(community, caller, rules.get())) : null));
        if (cadre()) {
            content.add(subsidyForm(), namedFundForm());
        }
        Div journal = MainLayout.card(new H2(getTranslation("fund.books.journal")));
        journal.add(new FundEntryCards(entries.journal(community, caller, 0, 50).items(), zone, getTranslation("fund.books.journal.empty"),
                cadre() ? this::reversal : null));
        content.add(journal);
    }

    private Div accounts(List<FundViews.Account> accounts) {
        Div card = MainLayout.card(new H2(getTranslation("fund.books.accounts")));
        card.setId("fund-accounts");
        UnorderedList list = new UnorderedList();
        list.addClassName("plain-list");
        List<FundViews.Account> held = accounts.stream().filter(a -> a.kind().guarded()).toList();
        if (held.isEmpty()) {
            list.add(new ListItem(getTranslation("fund.balances.none")));
        }
        held.forEach(a -> list.add(new ListItem(FundLabels.account(this, a) + "  " + Money.yuan(a.balanceFen()))));
        card.add(list);
        return card;
    }

    private Div donationForm(List<FundViews.Account> accounts) {
        Div card = MainLayout.card(new H2(getTranslation("fund.donation.title")), new DonationForm("fund-donation",
                accounts.stream().filter(a -> a.kind() == AccountKind.NAMED_FUND).toList(),
                receipt -> run("fund.done.donation", () -> income.recordDonation(community, caller, receipt.get()))));
        card.setId("fund-donation");
        return card;
    }

    private Div subsidyForm() {
        YuanField amount = amountField("fund-subsidy-amount");
        TextField document = text("fund.subsidy.document", "fund-subsidy-document", 100);
        TextField note = text("fund.subsidy.note", "fund-subsidy-note", 500);
        Button record = new Button(getTranslation("fund.subsidy.record"), click -> run("fund.done.subsidy",
                () -> income.recordSubsidy(community, caller, amount.fen(), document.getValue(), note.getValue())));
        record.setId("fund-subsidy-record");
        record.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div fields = new Div(amount, document, note);
        fields.addClassName("wish-filters");
        Div card = MainLayout.card(new H2(getTranslation("fund.subsidy.title")), new Paragraph(getTranslation("fund.subsidy.explain")),
                fields, new Div(record));
        card.setId("fund-subsidy");
        return card;
    }

    private Div namedFundForm() {
        TextField name = text("fund.named.name", "fund-named-name", 100);
        Button open = new Button(getTranslation("fund.named.open"), click -> run("fund.done.named",
                () -> income.openNamedFund(community, caller, name.getValue())));
        open.setId("fund-named-open");
        open.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div card = MainLayout.card(new H2(getTranslation("fund.named.title")), new Paragraph(getTranslation("fund.named.explain")), name,
                new Div(open));
        card.setId("fund-named");
        return card;
    }

    private Component reversal(FundViews.Entry entry) {
        if (entry.kind() == EntryKind.REVERSAL || entry.reversed()) {
            return null;
        }
        TextField why = text("fund.reverse.reason", "fund-reverse-reason-" + entry.seq(), 500);
        Button reverse = new Button(getTranslation("fund.reverse"), click -> run("fund.done.reverse",
                () -> corrections.reverse(community, caller, entry.id(), why.getValue())));
        reverse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reverse.getElement().setAttribute("data-reverse", Long.toString(entry.seq()));
        Details details = new Details(getTranslation("fund.reverse.open"), new Div(new Paragraph(getTranslation("fund.reverse.explain")), why, reverse));
        details.getElement().setAttribute("data-reversal", Long.toString(entry.seq()));
        return details;
    }

    private YuanField amountField(String id) {
        YuanField amount = new YuanField(getTranslation("fund.amount"), id, "amountFen");
        amount.setHelperText(getTranslation("fund.amount.help"));
        return amount;
    }

    private TextField text(String labelKey, String id, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }

    private void run(String doneKey, Supplier<?> step) {
        try {
            step.get();
            Notifications.success(getTranslation(doneKey));
            show();
        } catch (InvalidInputException e) {
            Notifications.error(invalid(e.field()));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Notifications.error(invalid(InputErrors.field(e)));
        } catch (FundRuleException e) {
            Notifications.error(getTranslation("fund.refused." + e.reason().name(), e.account() == null ? "" : e.account()));
        } catch (ForbiddenActionException e) {
            Notifications.error(getTranslation("fund.refused.not-allowed"));
        }
    }

    private String invalid(String field) {
        String words = getTranslation("fund.invalid." + field);
        return words.startsWith("!") ? getTranslation("demand.error.explain") : words;
    }
}
