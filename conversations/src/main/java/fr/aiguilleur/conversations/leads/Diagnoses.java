package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.channels.ConversationId;
import java.util.List;

/** The anonymised diagnoses, kept for statistics and for rule authors' impact checks. */
public interface Diagnoses {

    void record(StoredDiagnosis diagnosis);

    /** Every stored diagnosis, oldest first. */
    List<StoredDiagnosis> all();

    /** Forgets the diagnoses of this conversation (the person used /oubli). */
    void eraseFor(ConversationId conversationId);
}
