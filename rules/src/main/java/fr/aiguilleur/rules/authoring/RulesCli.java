package fr.aiguilleur.rules.authoring;

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

    static final String USAGE_TEXT = """
            Usage: aiguilleur-rules COMMAND …

              validate [DIR]                          check, build and try the rule files of DIR (default: the
                                                      sources, rules/src/main/resources/fr/aiguilleur/rules) as the
                                                      service does before using them; list every problem
              test [SCENARIOS.yaml…] [--rules DIR]    run scenario files (default: rules/scenarios) against the rules
              test SCENARIOS.yaml… --accept NAME…     the named failing scenarios get today's result as expectation
              coverage [SCENARIOS.yaml…] [--rules DIR] how many scenarios fire each rule; the rules none fires
              explain ANSWERS.yaml [--rules DIR]      show the full result of some answers, with every reason
              impact --diagnoses FILE [--rules DIR]   replay exported diagnoses (JSON lines) through the rules
                                                      and list what changes: decisions, priorities, levels, scores
              scenario --from FILE --id ID [--out F]  write a scenario from one exported diagnosis (its answers,
                                                      today's result as expectation)

            Options: --services FILE  a services catalogue other than the packaged one (config/services.yaml)
                     --places FILE    a places file in the national standard (default: the packaged sample)
            """;

    private RulesCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.exit(run(out, args));
    }

    /** Runs one command, printing to {@code out}; returns the exit code. */
    public static int run(PrintStream out, String... args) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.print(USAGE_TEXT);
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
                case "help", "-h", "--help" -> help(out);
                default -> usage(out, "unknown command " + arguments.command());
            };
        } catch (IllegalArgumentException | UncheckedIOException | IllegalStateException e) {
            out.println("Error: " + e.getMessage());
            return FAILED;
        }
    }

    static int usage(PrintStream out, String problem) {
        out.println(problem);
        out.print(USAGE_TEXT);
        return USAGE;
    }

    private static int help(PrintStream out) {
        out.print(USAGE_TEXT);
        return OK;
    }
}
