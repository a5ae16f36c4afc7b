package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.rules.engine.Compilation;
import fr.aiguilleur.rules.engine.RuleFiles;
import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code validate [DIR]}: puts rule files (the sources' when no folder is named) through what the
 * live service does before using them — table and questionnaire checks, the build, a run of every
 * scenario — and lists every problem with its file, line and rule.
 */
final class ValidateCommand {

    private ValidateCommand() {
    }

    static int run(CliArguments arguments, PrintStream out) {
        if (arguments.plain().size() > 1) {
            return RulesCli.usage(out, "validate takes one folder at most");
        }
        Optional<String> folder = arguments.plain().stream().findFirst().or(() -> arguments.option("--rules"));
        RuleFiles files = Workbench.files(folder);
        Compilation compilation = new Workbench(arguments, out).vetting().vet(files);
        if (compilation.ok()) {
            out.println("OK: " + compilation.orThrow().ruleCount() + " rules in " + files.files().size() + " files ("
                    + files.source() + "), version " + files.version());
            return RulesCli.OK;
        }
        compilation.problems().forEach(problem -> out.println(problem.describe()));
        out.println(compilation.problems().size() + " problem(s) in " + files.source());
        return RulesCli.FAILED;
    }
}
