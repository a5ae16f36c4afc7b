package fr.aiguilleur.bot.chat;

import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.Message;
import java.util.List;
import java.util.Optional;

/**
 * A conversation store that keeps, in the same step as a conversation it saves, the answer given
 * to the input that changed it (the last one only, under a key the channel chooses, such as a
 * Telegram update id). An input handed again after a crash (its turn stored, its answer perhaps
 * not sent) then gets that answer back instead of being applied a second time.
 */
public interface AnsweredInputs {

    /** The answer stored with the conversation for this input, if it was the last one applied. */
    Optional<List<Message>> answerTo(ConversationId id, String inputKey);

    /** As {@code Conversations.save}, and notes the answer to the input in the same step. */
    void save(Conversation conversation, String inputKey, List<Message> answer);

    /** Deletes the conversation (the person asked to be forgotten) and notes the answer in the same step. */
    void delete(ConversationId id, String inputKey, List<Message> answer);

    /** Forgets the answer noted (its turn was undone). */
    void forgetAnswer(ConversationId id);
}
