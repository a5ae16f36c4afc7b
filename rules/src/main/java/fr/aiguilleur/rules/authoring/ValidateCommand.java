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
            return RulesCli.usage(out, arguments, "rules.cli.validate.one-folder");
        }
        Optional<String> folder = arguments.plain().stream().findFirst().or(() -> arguments.option("--rules"));
        RuleFiles files = Workbench.files(folder, arguments.texts());
        Compilation compilation = new Workbench(arguments, out).vetting().vet(files);
        if (compilation.ok()) {
            out.println(arguments.texts().get("rules.cli.validate.ok", compilation.orThrow().ruleCount(),
                    files.files().size(), files.source(), files.version()));
            return RulesCli.OK;
        }
        compilation.problems().forEach(problem -> out.println(problem.describe()));
        out.println(arguments.texts().get("rules.cli.validate.problems", compilation.problems().size(), files.source()));
        return RulesCli.FAILED;
    }
}
