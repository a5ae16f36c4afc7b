package fr.aiguilleur.conversations.dialogue;

/**
 * The check token of buttons: questionnaire version and step counter ("v1.12"), short enough for
 * Telegram's 64-byte callback data.
 */
final class Checks {

    private Checks() {
    }

    static String of(String questionnaireVersion, long stepCount) {
        return questionnaireVersion + "." + stepCount;
    }

    static String of(Conversation conversation) {
        return of(conversation.questionnaireVersion(), conversation.stepCount());
    }
}
