package fr.aiguilleur.bot.telegram.coordinators;

import fr.aiguilleur.bot.telegram.CoordinatorTaps;

import fr.aiguilleur.bot.telegram.TextPieces;

import fr.aiguilleur.bot.telegram.ChatReplies;

import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.bot.leads.LeadFollowUp;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * A coordinator tapped "Je prends" under a lead: the lead is assigned and becomes "contacted"
 * (through {@link LeadFollowUp}, which keeps its history and tells the listeners), and the message
 * shows who took it. Only taps from a coordinators' chat count; a lead already taken stays with
 * whoever took it first. Blocking: call it on a worker thread.
 */
public final class LeadTaking implements CoordinatorTaps {

    private static final Texts TEXTS = Texts.of(Texts.FRENCH);

    static final String TAKEN_NOTE = TEXTS.get("lead.take.taken");
    static final String ALREADY_TAKEN = TEXTS.get("lead.take.already-taken");
    static final String UNKNOWN = TEXTS.get("lead.take.unknown");
    static final String NOT_YOURS = TEXTS.get("lead.take.not-yours");
    static final String TRY_LATER = TEXTS.get("lead.take.try-later");

    /** Names a coordinator known only by their Telegram name, in the lead's history. */
    static final String TELEGRAM = "telegram:";

    private static final Logger LOG = LoggerFactory.getLogger(LeadTaking.class);

    private final Leads leads;
    private final LeadFollowUp followUp;
    private final CoordinatorChats chats;
    private final ChatReplies replies;

    public LeadTaking(Leads leads, LeadFollowUp followUp, CoordinatorChats chats, ChatReplies replies) {
        this.leads = leads;
        this.followUp = followUp;
        this.chats = chats;
        this.replies = replies;
    }

    @Override
    public boolean handles(String callbackData) {
        return LeadTap.isMeantForALead(callbackData);
    }

    @Override
    public void take(CallbackQuery tap) {
        Optional<LeadTap> data = LeadTap.parse(tap.getData());
        MaybeInaccessibleMessage message = tap.getMessage();
        if (data.isEmpty() || message == null || !chats.isCoordinatorChat(message.getChatId())) {
            replies.answerTap(tap.getId(), NOT_YOURS);
            return;
        }
        try {
            replies.answerTap(tap.getId(), takeNow(data.get().leadId(), tap.getFrom(), message));
        } catch (RuntimeException e) {
            LOG.warn("lead {} not taken", data.get().leadId(), new RedactedFailure(e));
            replies.answerTap(tap.getId(), TRY_LATER);
        }
    }

    /** @return the note shown to the coordinator who tapped */
    private String takeNow(String leadId, User by, MaybeInaccessibleMessage message) {
        Optional<Lead> lead = leads.find(leadId);
        if (lead.isEmpty()) {
            return UNKNOWN;
        }
        if (lead.get().status() != LeadStatus.NEW || lead.get().assignedTo() != null) {
            return ALREADY_TAKEN;
        }
        String coordinator = chats.coordinatorOf(message.getChatId())
                .or(() -> Optional.ofNullable(lead.get().coordinatorId())).orElse(TELEGRAM + nameOf(by));
        followUp.assign(leadId, coordinator);
        followUp.move(leadId, LeadStatus.CONTACTED, coordinator);
        LOG.info("lead {} taken by a coordinator on Telegram", leadId);
        showTaken(message, TEXTS.get("lead.take.taken-by", nameOf(by)), leadId);
        return TAKEN_NOTE;
    }

    /** Writes who took the lead under the summary (and so takes the button away), or beside it. */
    private void showTaken(MaybeInaccessibleMessage message, String note, String leadId) {
        String chatId = message.getChatId().toString();
        if (message instanceof Message shown && shown.hasText()
                && shown.getText().length() + note.length() + 2 <= TextPieces.MAX_LENGTH) {
            boolean edited = replies.deliver(chatId, EditMessageText.builder().chatId(chatId)
                    .messageId(shown.getMessageId()).text(shown.getText() + "\n\n" + note).build());
            if (edited) {
                return;
            }
        }
        replies.deliver(chatId, new SendMessage(chatId, TEXTS.get("lead.take.taken-by.lead", note, leadId)));
    }

    private static String nameOf(User user) {
        if (user == null) {
            return TEXTS.get("lead.take.someone");
        }
        String last = user.getLastName() == null ? "" : " " + user.getLastName();
        return user.getFirstName() + last;
    }
}
