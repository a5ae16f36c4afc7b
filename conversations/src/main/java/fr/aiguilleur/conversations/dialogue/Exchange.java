package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.leads.LeadRetention;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.questionnaire.Question;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.texts.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One turn being worked out: the state being changed, the messages to send and the events. */
final class Exchange {

    final Questionnaire questionnaire;
    final State state;
    final Instant now;
    /** How long a lead is kept, said at booking. */
    final LeadRetention retention;
    private final List<Message> messages = new ArrayList<>();
    private final List<DialogueEvent> events = new ArrayList<>();
    /** Set when the person confirmed /oubli: the turn carries no conversation. */
    boolean erased;
    /** Set when the person confirmed /start: a new conversation replaces this one. */
    boolean restarted;
    /** Whether a follow-up can be sent by e-mail (off when the service has no e-mail). */
    final boolean followUpsByEmail;

    /** An exchange that offers no follow-up by e-mail (the history, rebuilt from what is stored). */
    Exchange(Questionnaire questionnaire, State state, Instant now, LeadRetention retention) {
        this(questionnaire, state, now, retention, false);
    }

    Exchange(Questionnaire questionnaire, State state, Instant now, LeadRetention retention,
            boolean followUpsByEmail) {
        this.followUpsByEmail = followUpsByEmail;
        this.questionnaire = questionnaire;
        this.state = state;
        this.now = now;
        this.retention = retention;
    }

    /** A sentence of the message bundle in the conversation's language. */
    String text(String key, Object... arguments) {
        return Texts.of(state.language).get(key, arguments);
    }

    void say(String text) {
        messages.add(Message.of(text));
    }

    void send(Message message) {
        messages.add(message);
    }

    void event(DialogueEvent event) {
        events.add(event);
    }

    Question current() {
        return questionnaire.question(state.step).orElseThrow();
    }

    /** Moves to a question and asks it (its previous answer, for a multi-choice, already ticked). */
    void ask(String questionId) {
        ask(questionId, null);
    }

    /** Moves to a question and asks it, with a sentence above it when not null. */
    void ask(String questionId, String preface) {
        state.step = questionId;
        state.stepCount++;
        state.selection = FixedIds.AVAILABILITY.equals(questionId)
                ? (state.booking == null ? List.of() : state.booking.availability())
                : state.answers.get(questionId);
        showCurrent(preface);
    }

    /** Shows the current question again, with a sentence above it when not null. */
    void showCurrent(String preface) {
        if (state.ended()) {
            say(preface == null ? text("ended") : preface + "\n\n" + text("ended"));
            return;
        }
        String above = preface;
        if (FixedIds.CONFIRM.equals(state.step)) {
            String recap = BookingSummary.recap(this);
            above = preface == null ? recap : preface + "\n\n" + recap;
        }
        Message question = QuestionView.render(current(), state, above);
        if (current().isDiagnostic()) {
            question = question.numbered(QuestionCount.of(questionnaire, state.step, state.answers));
        }
        send(state.history.isEmpty() ? question : question.withBack(BackButton.of(state)));
    }

    /** Ends the conversation: nothing more to ask. */
    void end() {
        state.step = Conversation.ENDED;
        state.stepCount++;
        state.selection = List.of();
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    List<DialogueEvent> events() {
        return List.copyOf(events);
    }

    Turn turn() {
        state.updatedAt = now;
        return new Turn(state.conversation(), messages, events);
    }
}
