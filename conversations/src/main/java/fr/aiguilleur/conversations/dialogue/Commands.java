package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.texts.Texts;

/**
 * The conversation controls, always available: /start, /retour, /aide, /oubli, /langue, /annuler,
 * /mesdonnees.
 */
final class Commands {

    static final String START = "start";
    static final String BACK = "retour";
    static final String HELP = "aide";
    static final String FORGET = "oubli";
    static final String LANGUAGE = "langue";
    static final String CANCEL = "annuler";
    static final String MY_DATA = "mesdonnees";

    private Commands() {
    }

    static void handle(Exchange exchange, Input.Command command) {
        switch (command.name()) {
            case START -> start(exchange, command.argument());
            case BACK -> back(exchange);
            case HELP -> help(exchange);
            case FORGET -> Confirmations.ask(exchange, Conversation.Pending.ERASE);
            case LANGUAGE -> language(exchange, command.argument());
            case CANCEL -> BookedVisit.askToCancel(exchange);
            case MY_DATA -> {
                exchange.send(Message.with(exchange.text("mydata.intro"),
                        new Attachment.PersonalData(exchange.state.id, exchange.state.language)));
                exchange.showCurrent(null);
            }
            default -> exchange.showCurrent(exchange.text("command.unknown"));
        }
    }

    /** Restarts at once, or asks first when a diagnosis is in progress. */
    private static void start(Exchange exchange, String payload) {
        State state = exchange.state;
        if (payload != null) {
            state.source = payload;
        }
        if (state.consentAt != null && !state.ended()) {
            Confirmations.ask(exchange, Conversation.Pending.RESTART);
        } else {
            exchange.restarted = true;
        }
    }

    /** Goes back to the previous question, whose answer can then be changed. */
    private static void back(Exchange exchange) {
        State state = exchange.state;
        if (state.ended()) {
            exchange.showCurrent(exchange.text("back.ended"));
        } else if (state.history.isEmpty()) {
            exchange.showCurrent(exchange.text("back.first"));
        } else {
            exchange.ask(state.history.remove(state.history.size() - 1));
        }
    }

    private static void help(Exchange exchange) {
        exchange.say(exchange.text("help"));
        exchange.showCurrent(null);
    }

    /** Switches to the language asked ("fr", "en"), or to the other one, and shows the question again. */
    private static void language(Exchange exchange, String argument) {
        State state = exchange.state;
        if (Texts.FRENCH.equalsIgnoreCase(argument) || Texts.ENGLISH.equalsIgnoreCase(argument)) {
            state.language = argument.toLowerCase(java.util.Locale.ROOT);
        } else {
            state.language = Texts.FRENCH.equals(state.language) ? Texts.ENGLISH : Texts.FRENCH;
        }
        exchange.showCurrent(exchange.text("language.changed"));
    }
}
