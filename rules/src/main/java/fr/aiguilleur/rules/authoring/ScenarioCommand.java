package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import fr.aiguilleur.conversations.questionnaire.Question;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.rules.engine.RuleSet;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scenario --from diagnoses.jsonl --id ID [--out FILE] [--rules DIR]}: turns one exported
 * diagnosis (a real case, under its pseudonym) into a scenario: its answers, and today's result of
 * the rules as its expectation. Printed, or added at the end of FILE ({@code scenarios:} first when
 * the file is new).
 */
final class ScenarioCommand {

    private ScenarioCommand() {
    }

    static int run(CliArguments arguments, PrintStream out) {
        if (arguments.option("--from").isEmpty() || arguments.option("--id").isEmpty()) {
            return RulesCli.usage(out, arguments, "rules.cli.scenario.needs-from-id");
        }
        String id = arguments.option("--id").get();
        List<StoredDiagnosis> cases = ImpactCommand.read(Path.of(arguments.option("--from").get()), arguments.texts());
        Optional<StoredDiagnosis> found = cases.stream().filter(one -> one.conversationId().equals(id)).findFirst();
        if (found.isEmpty()) {
            out.println(arguments.texts().get("rules.cli.scenario.no-diagnosis", id, arguments.option("--from").get()));
            return RulesCli.FAILED;
        }
        Workbench workbench = new Workbench(arguments, out);
        Optional<RuleSet> rules = workbench.rules();
        if (rules.isEmpty()) {
            return RulesCli.FAILED;
        }
        StoredDiagnosis real = found.get();
        Diagnosis today = workbench.diagnostician(rules.get()).reason(new Answers(real.answers()), real.departement())
                .diagnosis();
        List<String> yaml = yaml(real, today, workbench.questionnaire());
        Optional<String> file = arguments.option("--out");
        if (file.isEmpty()) {
            out.println("scenarios:");
            yaml.forEach(out::println);
            return RulesCli.OK;
        }
        append(Path.of(file.get()), yaml);
        out.println(arguments.texts().get("rules.cli.scenario.written", id, file.get(), rules.get().version()));
        return RulesCli.OK;
    }

    static List<String> yaml(StoredDiagnosis real, Diagnosis today, Questionnaire questionnaire) {
        List<String> lines = new ArrayList<>();
        lines.add("  - name: real-case-" + real.conversationId());
        lines.add("    story: >");
        lines.add("      A real case (exported diagnosis " + real.conversationId() + ", recorded " + real.recordedAt()
                + (real.departement() == null ? "" : ", département " + real.departement()) + ").");
        lines.add("    answers:");
        for (Map.Entry<String, List<String>> answer : real.answers().entrySet()) {
            List<String> options = answer.getValue().stream().map(ScenarioCommand::quoted).toList();
            boolean multi = questionnaire.question(answer.getKey()).map(Question::isMulti).orElse(options.size() > 1);
            lines.add("      " + answer.getKey() + ": " + (multi ? options.toString() : options.get(0)));
        }
        lines.add("    expect:");
        ExpectationYaml.full(today).forEach(line -> lines.add("      " + line));
        return lines;
    }

    /** Option ids are plain words; yes and no are quoted so that YAML keeps them as text. */
    private static String quoted(String option) {
        return option.matches("[a-z][a-z0-9_-]*") && !option.matches("yes|no|on|off|true|false|y|n")
                ? option : "'" + option.replace("'", "''") + "'";
    }

    private static void append(Path file, List<String> yaml) {
        try {
            List<String> lines = new ArrayList<>();
            if (!Files.exists(file) || Files.size(file) == 0) {
                lines.add("scenarios:");
            }
            lines.addAll(yaml);
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
