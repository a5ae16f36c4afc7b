package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.channels.ConversationId;

import fr.aiguilleur.conversations.channels.Channel;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A conversation being changed during one turn; becomes a {@link Conversation} again at the end. */
final class State {

    final ConversationId id;
    final Channel channel;
    final String questionnaireVersion;
    final Instant startedAt;
    final long version;
    String language;
    String step;
    long stepCount;
    Answers answers;
    List<String> selection;
    final List<String> history;
    Instant consentAt;
    Instant updatedAt;
    Instant nudgedAt;
    String source;
    Diagnosis diagnosis;
    BookingDraft booking;
    Conversation.Pending pending;

    State(Conversation conversation) {
        this(conversation, conversation.version());
    }

    /** A state whose conversation will come out at {@code baseVersion + 1}. */
    State(Conversation conversation, long baseVersion) {
        version = baseVersion;
        id = conversation.id();
        channel = conversation.channel();
        questionnaireVersion = conversation.questionnaireVersion();
        startedAt = conversation.startedAt();
        language = conversation.language();
        step = conversation.step();
        stepCount = conversation.stepCount();
        answers = conversation.answers();
        selection = conversation.selection();
        history = new ArrayList<>(conversation.history());
        consentAt = conversation.consentAt();
        updatedAt = conversation.updatedAt();
        nudgedAt = conversation.nudgedAt();
        source = conversation.source();
        diagnosis = conversation.diagnosis();
        booking = conversation.booking();
        pending = conversation.pending();
    }

    /** The token put in the buttons of the current question; a tap with another one is stale. */
    String check() {
        return Checks.of(questionnaireVersion, stepCount);
    }

    boolean ended() {
        return Conversation.ENDED.equals(step);
    }

    /** The conversation as it stands after this turn, one version further. */
    Conversation conversation() {
        return new Conversation(id, channel, language, questionnaireVersion, step, stepCount, answers, selection,
                history, consentAt, startedAt, updatedAt, nudgedAt, source, diagnosis, booking, pending, version + 1);
    }
}
