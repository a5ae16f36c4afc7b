package fr.aiguilleur.bot.dashboard.indicators;

import fr.aiguilleur.bot.chat.TurnListener;
import fr.aiguilleur.bot.jobs.AbandonListener;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.dialogue.Turn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts each turn of every conversation for the funnel and the drop-off indicators: a
 * conversation opened (version 0), consent given, questions answered, diagnosis made, erasure;
 * and the conversations abandoned (erased after a long silence), where they stopped.
 * Counting never fails a turn: a counter that cannot be written is logged and skipped.
 */
public class FunnelCounting implements TurnListener, AbandonListener {

    private static final Logger LOG = LoggerFactory.getLogger(FunnelCounting.class);

    private final FunnelCounters counters;
    private final Clock clock;

    public FunnelCounting(FunnelCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public void turnStored(Turn turn) {
        count(turn);
    }

    @Override
    public void abandoned(ConversationId id) {
        try {
            counters.abandoned(key(id));
        } catch (RuntimeException e) {
            LOG.warn("drop-off counters not updated for one abandoned conversation ({})", e.getClass().getSimpleName());
        }
    }

    /** Counts what happened in a turn, once it is stored. */
    public void count(Turn turn) {
        try {
            countNow(turn);
        } catch (RuntimeException e) {
            LOG.warn("funnel counters not updated for one turn ({})", e.getClass().getSimpleName());
        }
    }

    private void countNow(Turn turn) {
        String week = Weeks.of(clock.instant());
        Conversation conversation = turn.conversation();
        if (conversation != null && conversation.version() == 0) {
            counters.add(FunnelCounters.Counter.STARTED, week);
        }
        for (DialogueEvent event : turn.events()) {
            if (event instanceof DialogueEvent.ConsentGiven) {
                counters.add(FunnelCounters.Counter.CONSENTED, week);
            } else if (event instanceof DialogueEvent.QuestionAnswered answered && diagnosing(conversation)) {
                counters.answered(key(answered.id()), answered.questionId());
            } else if (event instanceof DialogueEvent.DiagnosisCompleted completed) {
                counters.finished(key(completed.id()));
            } else if (event instanceof DialogueEvent.ConversationErased erased) {
                counters.finished(key(erased.id()));
            }
        }
    }

    /** Whether the conversation is still in the diagnostic questions (booking questions come after). */
    private static boolean diagnosing(Conversation conversation) {
        return conversation != null && conversation.diagnosis() == null;
    }

    /** A pseudonymous key for a conversation: its id is not kept with the counters. */
    static String key(ConversationId id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
