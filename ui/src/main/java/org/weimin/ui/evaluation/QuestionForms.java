package org.weimin.ui.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.weimin.evaluation.application.RoundViews;
import org.weimin.spi.form.FieldError;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.SchemaForm;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** A round's questions for one participant, each method's questionnaire about each subject as its own short form. */
final class QuestionForms extends Div {

    private final Map<String, SchemaForm> forms = new LinkedHashMap<>();
    private final Locale locale;

    QuestionForms(List<RoundViews.Question> questions, Locale locale) {
        this.locale = locale;
        for (RoundViews.Question question : questions) {
            SchemaForm form = new SchemaForm(question.questionnaire(), Map.of(), locale);
            forms.put(question.key(), form);
            Div card = MainLayout.card(new H2(question.methodName().in(locale) + " · " + question.subjectTitle()), form);
            card.addClassName("ballot-question");
            card.getElement().setAttribute("data-question", question.key());
            add(card);
        }
    }

    /** The answers by question key ({@code method/subject}), as the round takes them. */
    Map<String, Map<String, Object>> answers() {
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        forms.forEach((key, form) -> {
            form.clearErrors();
            answers.put(key, form.values());
        });
        return answers;
    }

    /** Each refusal on the field it names ({@code method/subject/field}); what no field shows, as a message. */
    void showRefused(List<FieldError> errors) {
        forms.forEach((key, form) -> {
            List<FieldError> own = errors.stream().filter(e -> e.field().startsWith(key + "/"))
                    .map(e -> new FieldError(e.field().substring(key.length() + 1), e.message())).toList();
            form.showErrors(own, locale).forEach(Notifications::error);
        });
    }
}
