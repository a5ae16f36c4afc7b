package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.conversations.dialogue.Input;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * What the page sends: exactly one of a typed text, a tapped button or a menu command.
 *
 * @param argument optional, with a command (e.g. "en" with "langue")
 */
record ChatInput(String text, Tap choice, String command, String argument) {

    static final int MAX_TEXT = 1000;
    private static final int MAX_ID = 64;
    private static final Set<String> COMMANDS = Set.of("start", "retour", "aide", "oubli", "langue", "annuler", "mesdonnees");

    /** A tapped button, echoed as the engine made it. */
    record Tap(String questionId, String optionId, String check) {
    }

    Input toInput() {
        int given = (text != null ? 1 : 0) + (choice != null ? 1 : 0) + (command != null ? 1 : 0);
        if (given != 1) {
            throw refuse("Envoyez une seule chose à la fois : « text », « choice » ou « command ».");
        }
        if (text != null) {
            return typed();
        }
        return choice != null ? tapped() : commanded();
    }

    private Input typed() {
        if (text.isBlank()) {
            throw refuse("Votre message est vide : écrivez votre réponse, puis envoyez-la.");
        }
        if (text.length() > MAX_TEXT) {
            throw refuse("Votre message est trop long : " + MAX_TEXT + " caractères au plus, s'il vous plaît.");
        }
        return new Input.Text(text);
    }

    private Input tapped() {
        if (!shortId(choice.questionId()) || !shortId(choice.optionId())
                || (choice.check() != null && choice.check().length() > MAX_ID * 2)) {
            throw refuse("Ce bouton n'a pas pu être lu. Touchez à nouveau l'une des réponses proposées.");
        }
        return new Input.Choice(choice.questionId(), choice.optionId(), choice.check());
    }

    private Input commanded() {
        if (!COMMANDS.contains(command)) {
            throw refuse("Cette commande n'existe pas. Commandes possibles : " + String.join(", ", COMMANDS.stream().sorted().toList()) + ".");
        }
        if (argument != null && !argument.matches("[A-Za-z0-9_-]{1," + MAX_ID + "}")) {
            throw refuse("Le complément de la commande n'a pas pu être lu.");
        }
        return new Input.Command(command, argument);
    }

    private static boolean shortId(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID;
    }

    private static Refusal refuse(String message) {
        return new Refusal(HttpStatus.BAD_REQUEST, message);
    }
}
