package org.weimin.ui.fund;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.weimin.fund.application.FundReports;
import org.weimin.fund.application.FundViews;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Money;
import org.weimin.ui.shell.PublicCommunityPage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * A community's micro-fund statement ({@code /t/{community}/fund}), readable without signing in, to post on the notice
 * board: what came in (the subsidy "1", the social money "X") and went out in a period, how much X each yuan of subsidy
 * drew in, what every account holds, every entry (anonymous donors unnamed), and the chain head a later statement must extend.
 */
@Route(value = "t/:community/fund", layout = MainLayout.class)
public class FundStatementView extends PublicCommunityPage {

    private final FundReports reports;

    @Inject
    public FundStatementView(CommunityAdministration communities, FundReports reports) {
        super(communities, "fund.statement.title", "fund.statement.intro");
        this.reports = reports;
    }

    @Override
    protected void show(Community community, BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        LocalDate today = LocalDate.now(community.timeZone());
        LocalDate from = day(query.getSingleParameter("from").orElse(null), today.withDayOfYear(1));
        LocalDate to = day(query.getSingleParameter("to").orElse(null), today);
        if (to.isBefore(from)) {
            to = from;
        }
        String base = "t/" + community.id().value();
        add(periods(base, today, from, to));
        FundViews.Statement statement = reports.statement(community.id(), from, to);
        add(summary(statement), balances(statement), projects(community, statement), chain(community, statement), downloads(community, from, to));
        Div entries = MainLayout.card(new H2(getTranslation("fund.statement.entries")));
        entries.add(new FundEntryCards(statement.entries(), community.timeZone(), getTranslation("fund.statement.no-entries"), null));
        add(entries);
    }

    private Select<String> periods(String base, LocalDate today, LocalDate from, LocalDate to) {
        Map<String, LocalDate[]> choices = new LinkedHashMap<>();
        choices.put(getTranslation("fund.period.year"), new LocalDate[] {today.withDayOfYear(1), today});
        choices.put(getTranslation("fund.period.month"), new LocalDate[] {today.withDayOfMonth(1), today});
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        choices.put(getTranslation("fund.period.last-month"), new LocalDate[] {lastMonth, lastMonth.plusMonths(1).minusDays(1)});
        LocalDate lastYear = today.withDayOfYear(1).minusYears(1);
        choices.put(getTranslation("fund.period.last-year"), new LocalDate[] {lastYear, lastYear.plusYears(1).minusDays(1)});
        String shown = getTranslation("fund.period.days", from.toString(), to.toString());
        Map<String, LocalDate[]> items = new LinkedHashMap<>(choices);
        String current = choices.entrySet().stream().filter(e -> e.getValue()[0].equals(from) && e.getValue()[1].equals(to))
                .map(Map.Entry::getKey).findFirst().orElse(shown);
        if (!items.containsKey(current)) {
            items.put(current, new LocalDate[] {from, to});
        }
        Select<String> period = new Select<>();
        period.setId("fund-period");
        period.setLabel(getTranslation("fund.period"));
        period.setItems(items.keySet());
        period.setValue(current);
        period.addValueChangeListener(change -> {
            LocalDate[] days = items.get(change.getValue());
            getUI().ifPresent(ui -> ui.navigate(base + "/fund", QueryParameters.simple(Map.of("from", days[0].toString(), "to", days[1].toString()))));
        });
        return period;
    }

    private Div summary(FundViews.Statement s) {
        Div card = MainLayout.card(new H2(getTranslation("fund.statement.summary")));
        card.setId("fund-summary");
        Paragraph leverage = new Paragraph(s.leverage() == null ? getTranslation("fund.leverage.none")
                : getTranslation("fund.leverage", s.leverage().toPlainString()));
        leverage.setId("fund-leverage");
        leverage.addClassName("figure-line");
        UnorderedList figures = new UnorderedList();
        figures.addClassName("plain-list");
        figures.add(figure("fund.figure.subsidy", s.subsidyReceivedFen()), figure("fund.figure.donations", s.donationsReceivedFen()),
                figure("fund.figure.matched", s.matchedFen()), figure("fund.figure.committed", s.committedFen()),
                figure("fund.figure.disbursed", s.disbursedFen()), figure("fund.figure.refunded", s.refundedFen()));
        card.add(leverage, figures);
        return card;
    }

    private ListItem figure(String key, long fen) {
        return new ListItem(getTranslation(key, Money.yuan(fen)));
    }

    private Div balances(FundViews.Statement s) {
        Div card = MainLayout.card(new H2(getTranslation("fund.statement.balances", s.to().toString())));
        card.setId("fund-balances");
        UnorderedList list = new UnorderedList();
        list.addClassName("plain-list");
        if (s.balances().isEmpty()) {
            list.add(new ListItem(getTranslation("fund.balances.none")));
        }
        s.balances().forEach(a -> list.add(new ListItem(FundLabels.account(this, a) + "  " + Money.yuan(a.balanceFen()))));
        card.add(list);
        return card;
    }

    /** What each project raised, was matched and spent in the period, each linked to its public page. */
    private Div projects(Community community, FundViews.Statement s) {
        Div card = MainLayout.card(new H2(getTranslation("fund.statement.projects")));
        card.setId("fund-projects");
        UnorderedList list = new UnorderedList();
        list.addClassName("plain-list");
        if (s.projects().isEmpty()) {
            list.add(new ListItem(getTranslation("fund.statement.projects.none")));
        }
        for (FundViews.ProjectMoney p : s.projects()) {
            Anchor name = new Anchor("t/" + community.id() + "/funding/" + p.projectId(), p.title() == null ? "" : p.title());
            list.add(new ListItem(name, new Span("  " + getTranslation("fund.statement.project", Money.yuan(p.raisedFen()), Money.yuan(p.matchedFen()),
                    Money.yuan(p.spentFen())))));
        }
        card.add(list);
        return card;
    }

    private Div chain(Community community, FundViews.Statement s) {
        Div card = MainLayout.card(new H2(getTranslation("fund.chain")));
        card.setId("fund-chain");
        Span state = new Span(getTranslation(s.chainIntact() ? "fund.chain.intact" : "fund.chain.broken"));
        state.getElement().getThemeList().add(s.chainIntact() ? "badge success" : "badge error");
        state.setId("fund-chain-state");
        Paragraph head = new Paragraph(getTranslation("fund.chain.head", s.headSeq()));
        Paragraph hash = new Paragraph(s.headHash());
        hash.setId("fund-chain-head");
        hash.addClassName("fund-hash");
        Paragraph how = new Paragraph(getTranslation("fund.chain.how", "/api/v1/t/" + community.id().value() + "/fund/verification"));
        card.add(new Div(state), head, hash, how);
        return card;
    }

    private Div downloads(Community community, LocalDate from, LocalDate to) {
        Div card = MainLayout.card(new H2(getTranslation("fund.downloads")));
        card.setId("fund-downloads");
        Div links = new Div();
        links.addClassName("wish-links");
        String lang = getLocale().getLanguage().equals("en") ? "en" : "zh";
        for (String format : java.util.List.of("csv", "xlsx", "pdf")) {
            Anchor link = new Anchor("api/v1/t/" + community.id().value() + "/fund/statement/export?format=" + format + "&from=" + from + "&to=" + to
                    + "&lang=" + lang, getTranslation("fund.download." + format));
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("download", true);
            link.setId("fund-download-" + format);
            link.addClassName("home-link");
            links.add(link);
        }
        card.add(links);
        return card;
    }

    private static LocalDate day(String value, LocalDate otherwise) {
        try {
            return value == null ? otherwise : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
