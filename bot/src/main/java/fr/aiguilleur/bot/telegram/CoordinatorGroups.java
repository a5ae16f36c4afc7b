package fr.aiguilleur.bot.telegram;

/** The group chats where coordinators work: the only groups the bot stays in. */
public interface CoordinatorGroups {

    /** Whether this chat belongs to coordinators. */
    boolean isCoordinatorChat(long chatId);
}
