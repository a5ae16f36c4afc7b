package fr.aiguilleur.conversations.dialogue;

import java.util.Locale;
import java.util.Map;

/** Reads commands typed as text ("/retour", "/start abc", "/langue@AiguilleurBot en"). */
final class Inputs {

    /** English and short spellings people may type, to the command names the engine knows. */
    private static final Map<String, String> ALIASES = Map.of(
            "restart", Commands.START,
            "back", Commands.BACK,
            "help", Commands.HELP,
            "forget", Commands.FORGET,
            "language", Commands.LANGUAGE,
            "lang", Commands.LANGUAGE,
            "cancel", Commands.CANCEL);

    private Inputs() {
    }

    /** The input, with a text starting with "/" turned into a command and command names normalised. */
    static Input read(Input input) {
        if (input instanceof Input.Text text && text.text() != null && text.text().strip().startsWith("/")) {
            String[] parts = text.text().strip().substring(1).split("\\s+", 2);
            return command(parts[0], parts.length > 1 ? parts[1] : null);
        }
        if (input instanceof Input.Command command) {
            return command(command.name() == null ? "" : command.name(), command.argument());
        }
        return input;
    }

    private static Input.Command command(String name, String argument) {
        String bare = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
        String lower = bare.strip().toLowerCase(Locale.ROOT);
        String blankToNull = argument == null || argument.isBlank() ? null : argument.strip();
        return new Input.Command(ALIASES.getOrDefault(lower, lower), blankToNull);
    }
}
