package org.weimin.ui.evaluation;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.weimin.evaluation.application.EvaluationRounds;
import org.weimin.evaluation.application.RoundBoard;
import org.weimin.evaluation.application.RoundViews;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.PublicCommunityPage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * The public board of evaluation results (张榜公开, {@code /t/{community}/evaluation}), readable without signing in: each
 * published round as its latest version says, every figure with how many took part, the residents' ratings of the
 * period, what went back into the next round, and the poster to print for the notice board.
 */
@Route(value = "t/:community/evaluation", layout = MainLayout.class)
public class EvaluationBoardView extends PublicCommunityPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final RoundBoard boards;
    private final EvaluationRounds rounds;

    @Inject
    public EvaluationBoardView(CommunityAdministration communities, RoundBoard boards, EvaluationRounds rounds) {
        super(communities, "board.results.title", "board.results.intro");
        this.boards = boards;
        this.rounds = rounds;
    }

    @Override
    protected void show(Community community, BeforeEnterEvent event) {
        rounds.collecting(community.id()).forEach(round -> add(invitation(community, round)));
        List<RoundViews.Board> published = boards.published(community.id());
        if (published.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("board.none"));
            none.setId("board-none");
            add(MainLayout.card(none));
            return;
        }
        published.forEach(board -> add(round(community, board)));
    }

    private Div invitation(Community community, RoundViews.Round round) {
        Anchor vote = new Anchor("t/" + community.id().value() + "/evaluation/rounds/" + round.id() + "/ballot", getTranslation("board.take-part"));
        vote.addClassName("board-take-part");
        Div card = MainLayout.card(new H2(round.title()),
                new Paragraph(getTranslation("board.collecting", round.collectUntil().toString(), round.ballots(), round.households())), vote);
        card.addClassName("board-collecting");
        return card;
    }

    private Div round(Community community, RoundViews.Board board) {
        Div card = MainLayout.card(new H2(board.round().title()));
        card.addClassName("board-round");
        card.getElement().setAttribute("data-round", board.round().id().toString());
        Paragraph period = new Paragraph(getTranslation("board.period", board.round().periodStart().toString(), board.round().periodEnd().toString()));
        Paragraph participation = new Paragraph(getTranslation("board.participation", board.ballots(), board.households()));
        participation.addClassName("board-participation");
        RoundViews.Ratings r = board.ratings();
        Paragraph ratings = new Paragraph(getTranslation("board.ratings", r.total(), r.satisfied(), r.basicallySatisfied(), r.dissatisfied()));
        card.add(period, participation, ratings);
        board.results().forEach(result -> card.add(subject(result)));
        if (!board.reentered().isEmpty()) {
            Paragraph loop = new Paragraph(getTranslation("board.reentered", board.reentered().size()));
            loop.addClassName("board-reentered");
            card.add(loop);
        }
        card.add(versions(community, board), downloads(community, board));
        return card;
    }

    private Div subject(RoundViews.SubjectResult result) {
        Div box = new Div(new H3(result.subject().title()));
        box.addClassName("board-subject");
        Paragraph overall = new Paragraph(getTranslation("board.overall", result.overall().score(), result.overall().participants()));
        overall.addClassName("board-overall");
        Paragraph arithmetic = new Paragraph(result.overall().explanation().in(getLocale()));
        arithmetic.addClassName("board-explanation");
        UnorderedList methods = new UnorderedList();
        methods.addClassName("plain-list");
        for (RoundViews.Figure figure : result.methods()) {
            Span explanation = new Span(figure.explanation().in(getLocale()));
            explanation.addClassName("board-explanation");
            methods.add(new ListItem(new Span(getTranslation("board.method", figure.methodName().in(getLocale()), figure.score(), figure.weight(),
                    figure.participants())), new Div(explanation)));
        }
        box.add(overall, arithmetic, methods);
        return box;
    }

    private Div versions(Community community, RoundViews.Board board) {
        Div versions = new Div();
        versions.addClassName("board-versions");
        for (RoundViews.Version v : board.versions()) {
            String line = getTranslation("board.version", v.number(), DAY.format(v.publishedAt().atZone(community.timeZone())));
            versions.add(new Paragraph(v.change() == null ? line : line + " " + getTranslation("board.version.correction", v.change(), v.reason())));
        }
        return versions;
    }

    private Div downloads(Community community, RoundViews.Board board) {
        Div links = new Div();
        links.addClassName("wish-links");
        String lang = getLocale().getLanguage().equals("en") ? "en" : "zh";
        for (String format : List.of("pdf", "csv")) {
            Anchor link = new Anchor("api/v1/t/" + community.id().value() + "/evaluation/rounds/" + board.round().id() + "/board/export?format="
                    + format + "&lang=" + lang, getTranslation("board.download." + format));
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("download", true);
            link.addClassName("home-link");
            link.addClassName("board-download-" + format);
            links.add(link);
        }
        return links;
    }
}
