package fr.aiguilleur.bot.jobs;

import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.bot.leads.PersonNotifier;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Inactivity;
import fr.aiguilleur.conversations.dialogue.Turn;
import fr.aiguilleur.conversations.dialogue.ConcurrentUpdate;
import fr.aiguilleur.conversations.dialogue.Conversations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Silent conversations: reminds the person once ("Voulez-vous reprendre où vous en étiez ?") after
 * {@code nudgeAfter}, on channels that can reach them; erases the conversation and its answers
 * after {@code abandonAfter}. The reminder is stored (nudgedAt) before it is sent, so that one
 * instance only sends it. Anonymised diagnoses are kept: the welcome message says so.
 */
public class InactivityJob {

    /** Conversations silent for longer than nudgeAfter plus this are no longer reminded (service was down). */
    static final Duration NUDGE_WINDOW = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(InactivityJob.class);

    private final Conversations conversations;
    private final Inactivity inactivity;
    private final InactivitySettings settings;
    private final Notifiers notifiers;
    private final List<AbandonListener> listeners;
    private final Clock clock;

    public InactivityJob(Conversations conversations, InactivitySettings settings, List<PersonNotifier> notifiers,
            Clock clock) {
        this(conversations, settings, notifiers, List.of(), clock);
    }

    public InactivityJob(Conversations conversations, InactivitySettings settings, List<PersonNotifier> notifiers,
            List<AbandonListener> listeners, Clock clock) {
        this.conversations = conversations;
        this.listeners = List.copyOf(listeners);
        this.settings = settings;
        this.inactivity = new Inactivity(settings.nudgeAfter(), settings.abandonAfter());
        this.notifiers = new Notifiers(notifiers);
        this.clock = clock;
    }

    /** Reminds the people silent for nudgeAfter; returns how many were reminded. */
    public int nudge() {
        Instant now = clock.instant();
        Instant silentSince = now.minus(settings.nudgeAfter()).plusMillis(1);
        int count = 0;
        for (ConversationId id : conversations.lastActiveBetween(silentSince.minus(NUDGE_WINDOW), silentSince)) {
            Optional<PersonNotifier> notifier = notifiers.on(channelOf(id));
            Optional<Conversation> conversation = notifier.flatMap(n -> conversations.find(id))
                    .filter(found -> inactivity.dueForNudge(found, now));
            if (conversation.isPresent() && nudged(conversation.get(), notifier.get(), now)) {
                count++;
            }
        }
        return count;
    }

    /** Erases the conversations silent for abandonAfter; returns how many. */
    public int abandon() {
        Instant now = clock.instant();
        Instant silentSince = now.minus(settings.abandonAfter()).plusMillis(1);
        int count = 0;
        for (ConversationId id : conversations.lastActiveBetween(Instant.EPOCH, silentSince)) {
            boolean gone = conversations.find(id).map(found -> inactivity.abandoned(found, now)).orElse(true);
            if (gone) {
                conversations.delete(id);
                tellAbandoned(id);
                count++;
            }
        }
        return count;
    }

    private void tellAbandoned(ConversationId id) {
        for (AbandonListener listener : listeners) {
            try {
                listener.abandoned(id);
            } catch (RuntimeException e) {
                LOG.warn("a listener missed an abandoned conversation", new RedactedFailure(e));
            }
        }
    }

    private boolean nudged(Conversation conversation, PersonNotifier notifier, Instant now) {
        Turn turn = inactivity.nudge(conversation, now);
        try {
            conversations.save(turn.conversation());
        } catch (ConcurrentUpdate e) {
            return false;
        }
        try {
            return notifier.send(conversation.id(), conversation.language(), turn.messages());
        } catch (RuntimeException e) {
            LOG.warn("a reminder after a silence was not sent", new RedactedFailure(e));
            return false;
        }
    }

    /** The channel is the prefix of the id ("telegram:123"); the conversation is read only for those. */
    private static Channel channelOf(ConversationId id) {
        String prefix = id.value().contains(":") ? id.value().substring(0, id.value().indexOf(':')) : "";
        for (Channel channel : Channel.values()) {
            if (channel.name().equalsIgnoreCase(prefix)) {
                return channel;
            }
        }
        return null;
    }
}
