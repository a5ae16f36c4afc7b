package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.texts.Texts;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The rule authors' command line: {@code validate}, {@code test}, {@code explain}, {@code impact}.
 * Exit code 0 when all is well, 1 when rules or scenarios fail, 2 when the command line is wrong.
 */
public final class RulesCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private RulesCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.exit(run(out, args));
    }

    /** Runs one command, printing to {@code out}; returns the exit code. */
    public static int run(PrintStream out, String... args) {
        if (args.length > 0 && args[0].equals("export")) {
            out.println(CliArguments.textsOf(args).get("rules.cli.export"));
            return USAGE;
        }
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.print(usageText(CliArguments.textsOf(args)));
            return USAGE;
        }
        try {
            return switch (arguments.command()) {
                case "validate" -> ValidateCommand.run(arguments, out);
                case "test" -> TestCommand.run(arguments, out);
                case "explain" -> ExplainCommand.run(arguments, out);
                case "impact" -> ImpactCommand.run(arguments, out);
                case "coverage" -> CoverageCommand.run(arguments, out);
                case "scenario" -> ScenarioCommand.run(arguments, out);
                case "help", "-h", "--help" -> help(out, arguments.texts());
                default -> usage(out, arguments, "rules.cli.unknown-command", arguments.command());
            };
        } catch (IllegalArgumentException | UncheckedIOException | IllegalStateException e) {
            out.println(arguments.texts().get("rules.cli.error", e.getMessage()));
            return FAILED;
        }
    }

    /** Prints the sentence of {@code key} (what is wrong with the line), then the usage; returns the exit code. */
    static int usage(PrintStream out, CliArguments arguments, String key, Object... values) {
        out.println(arguments.texts().get(key, values));
        out.print(usageText(arguments.texts()));
        return USAGE;
    }

    /** The commands and options, in the author's language. */
    static String usageText(Texts texts) {
        return texts.get("rules.cli.usage");
    }

    private static int help(PrintStream out, Texts texts) {
        out.print(usageText(texts));
        return OK;
    }
}
