package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.questionnaire.Question;
import java.util.List;

/**
 * What comes after an accepted answer: the consent opens the questions, each diagnostic answer
 * leads to the next question not skipped, the last one to the result; the result and booking
 * steps go to {@link BookingFlow}.
 */
final class Progress {

    private final Diagnostician diagnostician;
    private final ResultReport report;
    private final BookingFlow booking;

    Progress(Diagnostician diagnostician, ResultReport report, BookingFlow booking) {
        this.diagnostician = diagnostician;
        this.report = report;
        this.booking = booking;
    }

    void answered(Exchange exchange, Question question, List<String> values) {
        switch (question.stage()) {
            case CONSENT -> consent(exchange, values.get(0));
            case DIAGNOSTIC -> diagnostic(exchange, question, values);
            case RESULT, BOOKING -> booking.answered(exchange, question, values);
        }
    }

    private void consent(Exchange exchange, String option) {
        State state = exchange.state;
        switch (option) {
            case FixedIds.YES -> {
                state.consentAt = exchange.now;
                exchange.event(new DialogueEvent.ConsentGiven(state.id));
                exchange.ask(exchange.questionnaire.nextQuestion(FixedIds.CONSENT, state.answers).orElseThrow().id());
            }
            case FixedIds.MORE -> exchange.send(QuestionView.withText(exchange.current(), state,
                    exchange.current().details(state.language).orElse(exchange.current().text(state.language))));
            default -> {
                exchange.say(exchange.text("consent.declined"));
                exchange.end();
            }
        }
    }

    private void diagnostic(Exchange exchange, Question question, List<String> values) {
        State state = exchange.state;
        state.answers = exchange.questionnaire.kept(state.answers.with(question.id(), values));
        state.history.add(question.id());
        exchange.event(new DialogueEvent.QuestionAnswered(state.id, question.id()));
        var next = exchange.questionnaire.nextQuestion(question.id(), state.answers);
        if (next.isPresent()) {
            exchange.ask(next.get().id());
        } else {
            complete(exchange);
        }
    }

    /** Asks the rules, shows the result, and offers a visit or the services. */
    private void complete(Exchange exchange) {
        State state = exchange.state;
        Answers kept = exchange.questionnaire.kept(state.answers);
        Diagnosis diagnosis = diagnostician.diagnose(kept);
        state.answers = kept;
        state.diagnosis = diagnosis;
        state.history.clear();
        exchange.event(new DialogueEvent.DiagnosisCompleted(state.id, diagnosis));
        report.show(exchange, diagnosis);
        switch (diagnosis.decision()) {
            case BOOK_VISIT -> exchange.ask(FixedIds.VISIT_OFFER);
            case REFER_TO_SERVICES -> {
                exchange.ask(FixedIds.ASK_VISIT);
                FollowUpOffer.atResult(exchange);
            }
            case REDIRECT -> {
                exchange.say(exchange.text("result.goodbye"));
                exchange.end();
            }
        }
    }
}
