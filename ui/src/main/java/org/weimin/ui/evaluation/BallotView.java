package org.weimin.ui.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.weimin.evaluation.application.EvaluationRounds;
import org.weimin.evaluation.application.RefusedAnswersException;
import org.weimin.evaluation.application.RoundAnswering;
import org.weimin.evaluation.application.RoundQuestions;
import org.weimin.evaluation.application.RoundViews;
import org.weimin.evaluation.model.EvaluationRuleException;
import org.weimin.evaluation.model.RoundStatus;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Role;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.identity.SignedIn;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.PublicCommunityPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * A household takes part in an evaluation round (居民评议, {@code /t/{community}/evaluation/rounds/{round}/ballot}) on a
 * phone: a signed-in resident votes for their household, anyone else types the code of the voting slip the grid worker
 * brought. Each method's questions about each subject are one short form; one vote per household.
 */
@Route(value = "t/:community/evaluation/rounds/:round/ballot", layout = MainLayout.class)
public class BallotView extends PublicCommunityPage {

    private final EvaluationRounds rounds;
    private final RoundQuestions questions;
    private final RoundAnswering answering;
    private QuestionForms forms;
    private Community community;
    private UUID roundId;
    private TextField slip;
    private Div done;

    @Inject
    public BallotView(CommunityAdministration communities, EvaluationRounds rounds, RoundQuestions questions, RoundAnswering answering) {
        super(communities, "ballot.title", "ballot.intro");
        this.rounds = rounds;
        this.questions = questions;
        this.answering = answering;
    }

    @Override
    protected void show(Community shown, BeforeEnterEvent event) {
        community = shown;
        roundId = PathIds.uuid(event.getRouteParameters().get("round").orElse(""), "no such round");
        RoundViews.Round round = rounds.publicRound(community.id(), roundId);
        retitle(round.title());
        if (round.status() != RoundStatus.COLLECTING || LocalDate.now(community.timeZone()).isAfter(round.collectUntil())) {
            Paragraph ended = new Paragraph(getTranslation("rating.refused.ROUND_CLOSED"));
            ended.setId("ballot-ended");
            add(MainLayout.card(ended, new Anchor("t/" + community.id().value() + "/evaluation", getTranslation("ballot.to-board"))));
            return;
        }
        add(new Paragraph(getTranslation("ballot.until", round.collectUntil().toString())));
        Optional<Caller> resident = signedInResident();
        if (resident.isPresent()) {
            Paragraph who = new Paragraph(getTranslation("ballot.signed-in", resident.get().displayName()));
            who.setId("ballot-signed-in");
            add(MainLayout.card(who));
            slip = null;
        } else {
            slip = new TextField(getTranslation("ballot.slip"));
            slip.setId("ballot-slip");
            slip.setHelperText(getTranslation("ballot.slip.help"));
            slip.setWidthFull();
            slip.setRequired(true);
            // The QR code on a slip opens this page with its code, so a resident who scans it types nothing.
            event.getLocation().getQueryParameters().getSingleParameter("slip").ifPresent(slip::setValue);
            Anchor signIn = new Anchor("t/" + community.id().value() + "?next=evaluation/rounds/" + roundId + "/ballot", getTranslation("ballot.sign-in"));
            signIn.setId("ballot-sign-in");
            add(MainLayout.card(slip, signIn));
        }
        forms = new QuestionForms(questions.of(community.id(), roundId, RoundQuestions.Participant.RESIDENT), getLocale());
        add(forms);
        Button send = new Button(getTranslation("ballot.send"), click -> send(resident));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setId("ballot-send");
        send.setWidthFull();
        done = new Div();
        add(send, done);
    }

    private Optional<Caller> signedInResident() {
        return SignedIn.caller().filter(c -> c.community().filter(community.id().value()::equals).isPresent())
                .filter(c -> c.roles().contains(Role.RESIDENT));
    }

    private void send(Optional<Caller> resident) {
        Map<String, Map<String, Object>> answers = forms.answers();
        try {
            if (resident.isPresent()) {
                answering.castSignedIn(community.id(), resident.get(), roundId, answers);
            } else {
                if (slip.getValue().isBlank()) {
                    slip.setErrorMessage(getTranslation("ballot.slip.missing"));
                    slip.setInvalid(true);
                    return;
                }
                answering.castWithSlip(community.id(), roundId, slip.getValue(), answers);
            }
            removeAll();
            Paragraph thanks = new Paragraph(getTranslation("ballot.thanks"));
            thanks.setId("ballot-thanks");
            add(MainLayout.card(thanks, new Anchor("t/" + community.id().value() + "/evaluation", getTranslation("ballot.to-board"))));
        } catch (RefusedAnswersException e) {
            forms.showRefused(e.errors());
            Notifications.error(getTranslation("ballot.check"));
        } catch (EvaluationRuleException e) {
            if (slip != null && e.reason() == EvaluationRuleException.Reason.SLIP_NOT_VALID) {
                slip.setErrorMessage(getTranslation("rating.refused.SLIP_NOT_VALID"));
                slip.setInvalid(true);
            }
            Notifications.error(getTranslation("rating.refused." + e.reason().name()));
        } catch (ForbiddenActionException e) {
            Notifications.error(getTranslation("ballot.no-household"));
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation("ballot.invalid"));
        }
    }
}
