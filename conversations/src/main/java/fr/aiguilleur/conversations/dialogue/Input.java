package fr.aiguilleur.conversations.dialogue;

/** What a person sent, as the channels hand it to the dialogue engine. */
public sealed interface Input {

    /** Free text typed by the person (a command typed as text, "/retour", is parsed by the engine). */
    record Text(String text) implements Input {
    }

    /**
     * A tap on a button.
     *
     * @param check the opaque token the engine put in the button, to detect stale or forged taps
     */
    record Choice(String questionId, String optionId, String check) implements Input {
    }

    /**
     * A command: name without slash (start, retour, aide, oubli, langue); argument may be null
     * (for /start, the deep-link payload; for /langue, "fr" or "en").
     */
    record Command(String name, String argument) implements Input {
    }

    /** A phone number shared through the messaging app's own button. */
    record SharedContact(String phoneNumber) implements Input {
    }

    /** Anything the engine cannot read: photo, sticker, voice, … */
    record Unsupported(String kind) implements Input {
    }
}
