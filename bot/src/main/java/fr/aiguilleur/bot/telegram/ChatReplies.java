package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.bot.followup.AttachmentFiles;
import fr.aiguilleur.conversations.dialogue.InputHint;
import fr.aiguilleur.conversations.dialogue.Message;
import java.io.Serializable;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Sends messages to Telegram chats, one after the other, within Telegram's limits, and stops
 * sending to a person who blocked the bot. Blocking: call it on a worker thread, never on an event
 * loop. Remembers which chats still show the "share my number" keyboard, to take it away with the
 * next plain message ({@link ShareNumberKeyboards}).
 */
public final class ChatReplies {

    private static final Logger LOG = LoggerFactory.getLogger(ChatReplies.class);

    private final BotCalls calls;
    private final SendingPace pace;
    private final InactiveChats inactive;
    private final MessageRendering rendering = new MessageRendering();
    private final ShareNumberKeyboards showingShareNumber = new ShareNumberKeyboards();

    private final TelegramFiles files;

    ChatReplies(BotCalls calls, SendingPace pace, InactiveChats inactive) {
        this(calls, pace, inactive, null);
    }

    /** @param files makes the files of attachments (result card, invite, data); null: attachments left out */
    ChatReplies(BotCalls calls, SendingPace pace, InactiveChats inactive, AttachmentFiles files) {
        this.calls = calls;
        this.pace = pace;
        this.inactive = inactive;
        this.files = files == null ? null : new TelegramFiles(files);
    }

    /**
     * Answers a person who just wrote: sends the messages in order, stops at the first that cannot
     * be sent. @return whether all were sent
     */
    boolean send(String chatId, String language, List<Message> messages) {
        return send(chatId, language, messages, UpdateTurn.NONE);
    }

    /**
     * Answers a person, skipping the replies the update's earlier attempt sent, and noting each
     * further one just before it goes, once its turn in the pace is come (at most once: a crash
     * between the note and the call loses that reply rather than sending it twice).
     * @return whether all were sent
     */
    boolean send(String chatId, String language, List<Message> messages, UpdateTurn turn) {
        for (int number = turn.repliesSent(); number < messages.size(); number++) {
            Message message = messages.get(number);
            boolean remove = showingShareNumber.isShown(chatId) && message.buttons().isEmpty()
                    && message.back() == null && message.hint() != InputHint.PHONE;
            var file = files == null || message.attachment() == null ? null : files.of(chatId, message.attachment());
            if (file != null && file.before() && deliverFile(chatId, file) == BotCalls.Outcome.BLOCKED) {
                return false;
            }
            List<SendMessage> pieces = rendering.render(chatId, message, language, remove);
            for (int piece = 0; piece < pieces.size(); piece++) {
                int reply = number;
                BooleanSupplier noted = piece == 0 ? () -> turn.beforeReply().sending(reply) : () -> true;
                if (!deliver(chatId, pieces.get(piece), noted)) {
                    return false;
                }
            }
            if (file != null && !file.before() && deliverFile(chatId, file) == BotCalls.Outcome.BLOCKED) {
                return false;
            }
            if (message.hint() == InputHint.PHONE) {
                showingShareNumber.shown(chatId);
            } else if (remove) {
                showingShareNumber.removed(chatId);
            }
        }
        return true;
    }

    /** Sends dialogue messages nobody is waiting for (a reminder), unless the chat blocked the bot. */
    boolean sendUnprompted(String chatId, String language, List<Message> messages) {
        return !inactive.isInactive(chatId) && send(chatId, language, messages);
    }

    /** Sends what nobody is waiting for (a notification), unless the chat blocked the bot. @return whether all were sent */
    public boolean sendUnprompted(String chatId, List<SendMessage> sends) {
        if (inactive.isInactive(chatId)) {
            return false;
        }
        for (SendMessage send : sends) {
            if (!deliver(chatId, send)) {
                return false;
            }
        }
        return true;
    }

    /** Sends or edits one message of this chat, at the chat's pace. @return whether Telegram took it */
    public <T extends Serializable> boolean deliver(String chatId, BotApiMethod<T> method) {
        return deliver(chatId, method, () -> true);
    }

    /** @param noted called once the pace allows the call, just before it; false: not sent */
    private <T extends Serializable> boolean deliver(String chatId, BotApiMethod<T> method, BooleanSupplier noted) {
        try {
            pace.awaitTurn(chatId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (!noted.getAsBoolean()) {
            return false;
        }
        BotCalls.Outcome outcome = calls.execute(method);
        if (outcome == BotCalls.Outcome.BLOCKED) {
            inactive.markInactive(chatId);
            showingShareNumber.removed(chatId);
            LOG.info("a chat blocked the bot or left: nothing more is sent to it until it writes again");
        }
        return outcome == BotCalls.Outcome.DONE;
    }

    /**
     * Sends a photo or a document of this chat, at the chat's pace. A file that fails does not
     * stop the messages (the text carries the same facts); a person who blocked the bot does.
     */
    private BotCalls.Outcome deliverFile(String chatId, TelegramFiles.Upload upload) {
        try {
            pace.awaitTurn(chatId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BotCalls.Outcome.FAILED;
        }
        BotCalls.Outcome outcome = calls.execute(upload.name(), upload.call());
        if (outcome == BotCalls.Outcome.BLOCKED) {
            inactive.markInactive(chatId);
        }
        return outcome;
    }

    /** Stops the spinner of a tapped button. */
    public void answerTap(String callbackQueryId) {
        calls.execute(new AnswerCallbackQuery(callbackQueryId));
    }

    /** Stops the spinner of a tapped button and shows a short note at the top of the chat. */
    public void answerTap(String callbackQueryId, String note) {
        calls.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(note).build());
    }

    /** Any other call (leaving a chat, setting the menu); not paced. */
    <T extends Serializable> BotCalls.Outcome call(BotApiMethod<T> method) {
        return calls.execute(method);
    }
}
