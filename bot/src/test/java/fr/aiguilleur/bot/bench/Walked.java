package fr.aiguilleur.bot.bench;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.dialogue.Turn;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A conversation as a person sees it: its state and the messages the engine last sent. */
record Walked(Conversation conversation, List<Message> messages) {

    /** The source of the deep link the benchmark's people come from. */
    static final String SOURCE = "salon-2026";

    static Walked of(Turn turn) {
        return new Walked(turn.conversation(), turn.messages());
    }

    /** A new web conversation (the longest ids: "web:" and a UUID), waiting for consent. */
    static Walked open(DialogueEngine engine, Instant now) {
        var id = new ConversationId("web:" + UUID.randomUUID());
        return of(engine.open(id, Channel.WEB, SOURCE, "fr", now));
    }

    /** The person's next input here, or empty at the end of their path. */
    Optional<Input> next(PersonWalk walk) {
        return walk.next(conversation, messages);
    }

    /** The same state under another id (a copy for filling Redis with conversations like this one). */
    static Conversation copy(Conversation c, ConversationId id) {
        return new Conversation(id, c.channel(), c.language(), c.questionnaireVersion(), c.step(), c.stepCount(),
                c.answers(), c.selection(), c.history(), c.consentAt(), c.startedAt(), c.updatedAt(), c.nudgedAt(),
                c.source(), c.diagnosis(), c.booking(), c.pending(), c.version());
    }
}
