package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.leads.LeadRetention;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.questionnaire.Question;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The whole conversation shown again, rebuilt from what is stored (the answers, the result, the
 * booking): no transcript is kept. Each answered question with its answer, the result, the booking
 * steps, then the question being asked as it is shown.
 */
final class History {

    private final ResultReport report;

    History(ResultReport report) {
        this.report = report;
    }

    List<HistoryLine> of(Questionnaire questionnaire, Conversation conversation, LeadRetention retention) {
        var lines = new ArrayList<HistoryLine>();
        var state = new State(conversation);
        var exchange = new Exchange(questionnaire, state, conversation.updatedAt(), retention);
        lines.add(HistoryLine.bot(Message.of(questionnaire.consent().text(state.language))));
        if (!conversation.consented()) {
            return current(lines, exchange);
        }
        lines.add(HistoryLine.person(label(questionnaire.consent(), List.of(FixedIds.YES), state)));
        var answers = conversation.answers();
        for (String id : QuestionCount.way(questionnaire, answers)) {
            if (!answers.answered(id) || id.equals(conversation.step())) {
                continue;
            }
            Question question = questionnaire.question(id).orElseThrow();
            lines.add(HistoryLine.bot(new Message(question.text(state.language), List.of(), QuestionView.hint(question))
                    .numbered(QuestionCount.of(questionnaire, id, answers))));
            lines.add(HistoryLine.person(label(question, answers.get(id), state)));
        }
        if (conversation.diagnosis() != null) {
            var shown = new Exchange(questionnaire, new State(conversation), conversation.updatedAt(), retention);
            report.show(shown, conversation.diagnosis());
            shown.messages().forEach(message -> lines.add(HistoryLine.bot(message)));
        }
        BookingDraft booking = conversation.booking();
        if (booking != null) {
            booking(lines, questionnaire, state, booking);
        }
        return current(lines, exchange);
    }

    private static void booking(List<HistoryLine> lines, Questionnaire questionnaire, State state, BookingDraft booking) {
        step(lines, questionnaire, state, FixedIds.AVAILABILITY, booking.availability());
        step(lines, questionnaire, state, FixedIds.VISIT_FORMAT, listOf(booking.visitFormat()));
        if (booking.slot() != null) {
            lines.add(HistoryLine.bot(Message.of(questionnaire.question(FixedIds.SLOT).orElseThrow().text(state.language))));
            lines.add(HistoryLine.person(booking.slot().label()));
        }
        if (booking.confirmed()) {
            var texts = fr.aiguilleur.conversations.texts.Texts.of(state.language);
            Message done = Message.of(booking.slot() == null ? texts.get("history.booked.call-back")
                    : texts.get("history.booked", booking.slot().label()));
            lines.add(HistoryLine.bot(booking.slot() == null ? done : done.attaching(new Attachment.Invite(
                    booking.leadId(), booking.slot(), booking.visitFormat(), state.language, Slots.place(state)))));
        }
    }

    private static void step(List<HistoryLine> lines, Questionnaire questionnaire, State state, String id,
            List<String> values) {
        if (values.isEmpty() || id.equals(state.step)) {
            return;
        }
        Question question = questionnaire.question(id).orElseThrow();
        lines.add(HistoryLine.bot(Message.of(question.text(state.language))));
        lines.add(HistoryLine.person(label(question, values, state)));
    }

    /** Ends with the question being asked, with its buttons, as the person last saw it. */
    private static List<HistoryLine> current(List<HistoryLine> lines, Exchange exchange) {
        if (!exchange.state.ended()) {
            exchange.showCurrent(null);
            exchange.messages().forEach(message -> lines.add(HistoryLine.bot(message)));
        }
        return List.copyOf(lines);
    }

    private static String label(Question question, List<String> values, State state) {
        return values.stream()
                .map(value -> question.option(value).map(option -> option.label(state.language)).orElse(value))
                .collect(Collectors.joining(", "));
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
