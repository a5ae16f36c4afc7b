package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.channels.ConversationId;

import fr.aiguilleur.conversations.channels.Channel;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The whole state of one conversation, as plain data (records, enums, strings, instants, lists,
 * maps) so a store can keep it as JSON (Jackson 2 with the JavaTimeModule).
 *
 * @param id                   the conversation
 * @param channel              where it takes place
 * @param language             "fr" or "en"
 * @param questionnaireVersion the questionnaire version it started on, kept to the end
 * @param step                 the id of the question being asked, or {@link #ENDED}
 * @param stepCount            how many times a question was asked anew; part of the buttons' check
 * @param answers              diagnostic answers given after consent (booking details are in
 *                             {@code booking})
 * @param selection            options ticked so far on the multi-choice being asked
 * @param history              ids of the questions answered, most recent last, for /retour
 * @param consentAt            when the person agreed, {@code null} before
 * @param startedAt            when the conversation was opened
 * @param updatedAt            when the person last sent something
 * @param nudgedAt             when the person was reminded after a silence, {@code null} if never
 * @param source               the deep-link payload it was opened with, or {@code null}
 * @param diagnosis            the result once computed
 * @param booking              the visit being booked, {@code null} when none
 * @param pending              a confirmation the engine is waiting for, {@code null} when none
 * @param version              incremented by each handled input (optimistic locking in stores)
 */
public record Conversation(
        ConversationId id,
        Channel channel,
        String language,
        String questionnaireVersion,
        String step,
        long stepCount,
        Answers answers,
        List<String> selection,
        List<String> history,
        Instant consentAt,
        Instant startedAt,
        Instant updatedAt,
        Instant nudgedAt,
        String source,
        Diagnosis diagnosis,
        BookingDraft booking,
        Pending pending,
        long version) {

    /** The step of a conversation that has nothing more to ask. */
    public static final String ENDED = "end";

    /** A confirmation the engine asked for and waits for. */
    public enum Pending {
        /** /start while a diagnosis is in progress. */
        RESTART,
        /** /oubli: erase everything. */
        ERASE
    }

    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(step, "step");
        answers = answers == null ? Answers.none() : answers;
        selection = selection == null ? List.of() : List.copyOf(selection);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A new conversation waiting for consent. */
    public static Conversation open(ConversationId id, Channel channel, String language, String questionnaireVersion,
            String firstStep, String source, Instant now) {
        return new Conversation(id, channel, language, questionnaireVersion, firstStep, 1, Answers.none(), List.of(),
                List.of(), null, now, now, null, source, null, null, null, 0);
    }

    public boolean consented() {
        return consentAt != null;
    }

    public boolean ended() {
        return ENDED.equals(step);
    }
}
