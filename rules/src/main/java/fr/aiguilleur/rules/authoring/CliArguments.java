package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.texts.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command line split into the command, its plain arguments and its options ({@code --rules DIR}
 * or {@code --rules=DIR}).
 */
record CliArguments(String command, List<String> plain, Map<String, String> options) {

    static final Set<String> OPTIONS = Set.of("--rules", "--diagnoses", "--services", "--places", "--from", "--id",
            "--out", "--lang");
    /** Options without a value. */
    static final Set<String> FLAGS = Set.of("--accept");

    /** @throws IllegalArgumentException with a message for the author, on a malformed line */
    static CliArguments parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(textsOf(args).get("rules.cli.no-command"));
        }
        List<String> plain = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                plain.add(arg);
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (FLAGS.contains(name)) {
                options.put(name, "true");
                continue;
            }
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException(textsOf(args).get("rules.cli.unknown-option", name));
            }
            if (arg.contains("=")) {
                options.put(name, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(textsOf(args).get("rules.cli.needs-value", name));
            }
        }
        String language = options.getOrDefault("--lang", Texts.ENGLISH);
        if (!language.equals(Texts.ENGLISH) && !language.equals(Texts.FRENCH)) {
            throw new IllegalArgumentException(Texts.of(Texts.ENGLISH).get("rules.cli.language", language));
        }
        return new CliArguments(args[0], List.copyOf(plain), Map.copyOf(options));
    }

    /** The language of {@code --lang} ("fr" or "en", English by default). */
    Texts texts() {
        return Texts.of(option("--lang").orElse(Texts.ENGLISH));
    }

    /**
     * The language a command line asks for, read before the line is parsed (so that even a malformed
     * line is answered in it): {@code --lang fr} or {@code --lang=fr} anywhere gives French.
     */
    static Texts textsOf(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang=fr") || args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equals("fr")) {
                return Texts.of(Texts.FRENCH);
            }
        }
        return Texts.of(Texts.ENGLISH);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
