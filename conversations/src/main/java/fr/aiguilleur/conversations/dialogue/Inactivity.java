package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.texts.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to do with silent conversations: remind the person once after a day, forget the
 * conversation after 30 days (the retention the welcome message announces). Pure functions of the
 * conversation and the time given.
 */
public final class Inactivity {

    public static final Duration DEFAULT_NUDGE_AFTER = Duration.ofHours(24);
    public static final Duration DEFAULT_ABANDON_AFTER = Duration.ofDays(30);

    private final Duration nudgeAfter;
    private final Duration abandonAfter;

    public Inactivity() {
        this(DEFAULT_NUDGE_AFTER, DEFAULT_ABANDON_AFTER);
    }

    public Inactivity(Duration nudgeAfter, Duration abandonAfter) {
        this.nudgeAfter = Objects.requireNonNull(nudgeAfter, "nudgeAfter");
        this.abandonAfter = Objects.requireNonNull(abandonAfter, "abandonAfter");
        if (abandonAfter.compareTo(nudgeAfter) <= 0) {
            throw new IllegalArgumentException("a conversation must be nudged before it is abandoned");
        }
    }

    /**
     * Whether the person should get a reminder now: consented, in the middle of the questions or of
     * a booking (not merely looking at a result), silent for {@code nudgeAfter}, not yet reminded
     * since they last wrote, and not abandoned.
     */
    public boolean dueForNudge(Conversation conversation, Instant now) {
        boolean remindedSinceLastInput = conversation.nudgedAt() != null
                && !conversation.nudgedAt().isBefore(conversation.updatedAt());
        boolean halfway = conversation.diagnosis() == null || conversation.booking() != null;
        return conversation.consented()
                && !conversation.ended()
                && halfway
                && !remindedSinceLastInput
                && !silentFor(conversation, now).minus(nudgeAfter).isNegative()
                && !abandoned(conversation, now);
    }

    /** The reminder, with a "Reprendre" button that shows the current question again. */
    public Turn nudge(Conversation conversation, Instant now) {
        Texts texts = Texts.of(conversation.language());
        var resume = new Button(texts.get("nudge.resume"), Replies.RESUME, Replies.RESUME, Checks.of(conversation));
        var message = new Message(texts.get("nudge"), List.of(resume), InputHint.CHOICE);
        var nudged = new Conversation(conversation.id(), conversation.channel(), conversation.language(),
                conversation.questionnaireVersion(), conversation.step(), conversation.stepCount(),
                conversation.answers(), conversation.selection(), conversation.history(), conversation.consentAt(),
                conversation.startedAt(), conversation.updatedAt(), now, conversation.source(),
                conversation.diagnosis(), conversation.booking(), conversation.pending(), conversation.version() + 1);
        return new Turn(nudged, List.of(message), List.of());
    }

    /** Whether the conversation has been silent so long that it must be forgotten. */
    public boolean abandoned(Conversation conversation, Instant now) {
        return !silentFor(conversation, now).minus(abandonAfter).isNegative();
    }

    private static Duration silentFor(Conversation conversation, Instant now) {
        Instant last = conversation.updatedAt() != null ? conversation.updatedAt() : conversation.startedAt();
        return Duration.between(last, now);
    }
}
