package fr.aiguilleur.bot.telegram;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/**
 * Follows the bot's own membership of chats ({@code my_chat_member}): a person who blocks the bot
 * gets nothing more until they write again; a group or channel that adds the bot is left at once,
 * unless it is a coordinators' chat. Blocking: call it on a worker thread.
 */
final class ChatMembership {

    private static final Logger LOG = LoggerFactory.getLogger(ChatMembership.class);
    private static final String KICKED = "kicked";
    private static final String MEMBER = "member";
    private static final Set<String> PRESENT = Set.of(MEMBER, "administrator", "restricted", "creator");

    private final InactiveChats inactive;
    private final CoordinatorGroups coordinators;
    private final ChatReplies replies;

    ChatMembership(InactiveChats inactive, CoordinatorGroups coordinators, ChatReplies replies) {
        this.inactive = inactive;
        this.coordinators = coordinators;
        this.replies = replies;
    }

    void changed(ChatMemberUpdated change) {
        Chat chat = change.getChat();
        String status = change.getNewChatMember() == null ? null : change.getNewChatMember().getStatus();
        if (chat == null || status == null) {
            return;
        }
        String chatId = chat.getId().toString();
        if ("private".equals(chat.getType())) {
            if (KICKED.equals(status)) {
                inactive.markInactive(chatId);
            } else if (MEMBER.equals(status)) {
                inactive.markActive(chatId);
            }
        } else if (PRESENT.contains(status) && !coordinators.isCoordinatorChat(chat.getId())) {
            replies.call(new LeaveChat(chatId));
            LOG.info("added to a {} that is no coordinators' chat: left it", chat.getType());
        }
    }
}
