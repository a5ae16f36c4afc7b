package fr.aiguilleur.bot.followup;

import fr.aiguilleur.bot.resultcard.ResultCard;
import fr.aiguilleur.conversations.dialogue.Attachment;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.Optional;

/** Makes the file of a message's attachment: the result card, the visit's invite, the person's data. */
public final class AttachmentFiles {

    public static final String ICS = "text/calendar";
    public static final String JSON = "application/json";
    public static final String PNG = "image/png";

    private final VisitInvites invites;
    private final PersonalData data;
    private final Conversations conversations;

    public AttachmentFiles(VisitInvites invites, PersonalData data, Conversations conversations) {
        this.invites = invites;
        this.data = data;
        this.conversations = conversations;
    }

    /** The file, or empty when what it shows is gone (the person erased their conversation). */
    public Optional<AttachedFile> of(Attachment attachment) {
        if (attachment instanceof Attachment.ResultCard card) {
            ResultCard drawn = ResultCard.of(card.diagnosis(), card.language());
            return Optional.of(new AttachedFile(Texts.of(card.language()).get("file.card"), PNG, drawn.png(),
                    drawn.text(), true));
        }
        if (attachment instanceof Attachment.Invite invite) {
            Texts texts = Texts.of(invite.language());
            return Optional.of(new AttachedFile(texts.get("file.invite"), ICS, invites.ics(invite.leadId(),
                    invite.slot(), invite.visitFormat(), invite.place(), invite.language()),
                    texts.get("file.invite.caption"), false));
        }
        var personal = (Attachment.PersonalData) attachment;
        Texts texts = Texts.of(personal.language());
        return conversations.find(personal.conversationId()).map(conversation -> new AttachedFile(
                texts.get("file.data"), JSON, data.json(conversation), texts.get("file.data.caption"), false));
    }
}
