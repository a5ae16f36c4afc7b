package fr.aiguilleur.bot.chat;

import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import java.util.List;
import java.util.Optional;

/**
 * Answers the inputs that belong to something outside the person's conversation (the buttons of
 * their follow-up, weeks later, when the conversation may long be gone). The switchboard asks it
 * first; blocking, called on a worker thread.
 */
public interface OutsideAnswers {

    /** The answer to this input, or empty when it is the conversation's to answer. */
    Optional<List<Message>> answer(ConversationId id, Input input);
}
