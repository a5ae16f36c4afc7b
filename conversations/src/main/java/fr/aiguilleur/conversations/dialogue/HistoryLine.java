package fr.aiguilleur.conversations.dialogue;

/**
 * One line of a conversation shown again.
 *
 * @param fromPerson true for what the person answered, false for what Aiguilleur said
 * @param message    the line (the person's lines have only text)
 */
public record HistoryLine(boolean fromPerson, Message message) {

    static HistoryLine bot(Message message) {
        return new HistoryLine(false, message);
    }

    static HistoryLine person(String text) {
        return new HistoryLine(true, Message.of(text));
    }
}
