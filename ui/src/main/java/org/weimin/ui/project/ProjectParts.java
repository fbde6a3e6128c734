package org.weimin.ui.project;

import org.weimin.project.application.ProjectViews;
import org.weimin.project.model.MilestoneStatus;
import org.weimin.ui.shell.Lines;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Money;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The parts of a project that its staff page and its public page show alike. */
final class ProjectParts {

    private ProjectParts() {
    }

    /** Where it stands, its goal, for whom, who does it and its money; the ids start with the prefix ("project", "funding"). */
    static Div about(Component context, ProjectViews.Detail p, String prefix) {
        Div facts = new Div(ProjectLabels.status(context, p.status()), new Span(context.getTranslation("funding-mode." + p.mode().name())));
        facts.addClassName("facts-line");
        facts.setId(prefix + "-status");
        Div about = MainLayout.card(facts, new Paragraph(p.goal()));
        if (p.beneficiaries() != null) {
            about.add(Lines.labelled(context, context.getTranslation("projects.form.beneficiaries"), p.beneficiaries()));
        }
        if (p.organizationName() != null) {
            about.add(Lines.labelled(context, context.getTranslation("projects.organization"), p.organizationName()));
        }
        Paragraph money = new Paragraph(context.getTranslation("projects.card.money", Money.yuan(p.budgetFen()), Money.yuan(p.paidFen())));
        money.setId(prefix + "-money");
        money.addClassName("figure-line");
        about.add(money);
        if (p.decisionNote() != null) {
            about.add(Lines.labelled(context, context.getTranslation("projects.decision"), p.decisionNote()));
        }
        return about;
    }

    static UnorderedList budget(ProjectViews.Detail p) {
        UnorderedList budget = new UnorderedList();
        budget.addClassName("plain-list");
        p.budget().forEach(l -> budget.add(new ListItem(l.item() + "  " + Money.yuan(l.amountFen()))));
        return budget;
    }

    /** One milestone: where it stands, its day and price, its deliverable, and what was delivered. */
    static Div milestone(Component context, ProjectViews.Step step) {
        Span state = new Span(context.getTranslation("milestone-status." + step.status().name()));
        state.getElement().getThemeList().add(step.status() == MilestoneStatus.ACCEPTED ? "badge success" : "badge");
        Div top = new Div(state, new Span(context.getTranslation("projects.due", step.dueOn().toString())));
        top.addClassName("need-card-meta");
        if (step.amountFen() > 0) {
            top.add(new Span(Money.yuan(step.amountFen())));
        }
        Div item = new Div(top, new Paragraph(step.title() + "：" + step.deliverable()));
        item.addClassName("need-card");
        item.getElement().setAttribute("data-milestone", step.title());
        if (step.deliveryNote() != null) {
            item.add(Lines.labelled(context, context.getTranslation("projects.delivered"), step.deliveryNote()));
        }
        return item;
    }
}
