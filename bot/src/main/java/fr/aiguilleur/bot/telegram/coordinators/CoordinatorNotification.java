package fr.aiguilleur.bot.telegram.coordinators;

import fr.aiguilleur.bot.telegram.TextPieces;

import fr.aiguilleur.bot.telegram.ChatReplies;

import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.bot.leads.LeadListener;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Tells the coordinators' Telegram chat of the lead's territory about each new lead, with a "Je
 * prends" button to take it. Sent in the background: the lead is already stored, so a failure here
 * is logged (without personal data) and the person's booking goes on untouched.
 */
public final class CoordinatorNotification implements LeadListener {

    static final String TAKE = Texts.of(Texts.FRENCH).get("lead.take.button");

    private static final Logger LOG = LoggerFactory.getLogger(CoordinatorNotification.class);

    private final CoordinatorChats chats;
    private final ChatReplies replies;
    private final LeadSummary summary;
    private final TextPieces pieces = new TextPieces();

    CoordinatorNotification(CoordinatorChats chats, ChatReplies replies, LeadSummary summary) {
        this.chats = chats;
        this.replies = replies;
        this.summary = summary;
    }

    @Override
    public void onLeadConfirmed(Lead lead) {
        Mono.fromCallable(() -> tell(lead))
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe(
                        told -> {
                            if (!told) {
                                LOG.warn("lead {} stored, but no coordinators' Telegram chat was told", lead.id());
                            }
                        },
                        failure -> LOG.warn("lead {} stored, but no coordinators' Telegram chat was told", lead.id(),
                                new RedactedFailure(failure)));
    }

    private boolean tell(Lead lead) {
        var chat = chats.chatFor(lead);
        if (chat.isEmpty()) {
            LOG.info("lead {} stored; no coordinators' Telegram chat is set for its territory", lead.id());
            return true;
        }
        return replies.sendUnprompted(chat.get(), messages(chat.get(), summary.of(lead), lead.id()));
    }

    /** The summary, cut to Telegram's length, with the button under its last piece. */
    List<SendMessage> messages(String chatId, String text, String leadId) {
        List<String> texts = pieces.cut(text);
        var sends = new ArrayList<SendMessage>();
        for (int i = 0; i < texts.size(); i++) {
            var send = SendMessage.builder().chatId(chatId).text(texts.get(i));
            if (i == texts.size() - 1) {
                LeadTap.dataFor(leadId).ifPresent(data -> send.replyMarkup(takeButton(data)));
            }
            sends.add(send.build());
        }
        return sends;
    }

    private static InlineKeyboardMarkup takeButton(String data) {
        var row = new InlineKeyboardRow(InlineKeyboardButton.builder().text(TAKE).callbackData(data).build());
        return new InlineKeyboardMarkup(List.of(row));
    }
}
