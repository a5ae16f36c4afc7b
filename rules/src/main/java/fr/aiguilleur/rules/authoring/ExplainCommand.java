package fr.aiguilleur.rules.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.aiguilleur.conversations.questionnaire.AnswerCheck;
import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.rules.engine.RuleSet;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code explain ANSWERS.yaml [--rules DIR]}: the full result of some answers, in French, with every
 * reason. The file holds the answers (question: option), or {@code answers:} and them, or a
 * scenario file (each scenario is explained).
 */
final class ExplainCommand {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ExplainCommand() {
    }

    static int run(CliArguments arguments, PrintStream out) {
        if (arguments.plain().size() != 1) {
            return RulesCli.usage(out, arguments, "rules.cli.explain.needs-file");
        }
        Map<String, Map<String, Object>> cases = cases(Path.of(arguments.plain().get(0)), arguments.texts());
        Workbench workbench = new Workbench(arguments, out);
        Optional<RuleSet> rules = workbench.rules();
        if (rules.isEmpty()) {
            return RulesCli.FAILED;
        }
        int exit = RulesCli.OK;
        for (Map.Entry<String, Map<String, Object>> entry : cases.entrySet()) {
            out.println("=== " + entry.getKey() + " ===");
            AnswerCheck check = workbench.questionnaire().check(entry.getValue());
            if (!check.ok()) {
                out.println(Texts.of(Texts.FRENCH).get("explain.answers-mismatch"));
                check.problems().forEach(problem -> out.println("  • " + problem.message()));
                exit = RulesCli.FAILED;
                continue;
            }
            var reasoning = workbench.diagnostician(rules.get()).reason(check.answers());
            out.print(FrenchReport.of(reasoning, workbench.catalogue()));
            out.print(PlacesReport.of(reasoning));
        }
        return exit;
    }

    private static Map<String, Map<String, Object>> cases(Path file, Texts texts) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(texts.get("rules.cli.unreadable", file, e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(texts.get("rules.cli.explain.no-answers", file));
        }
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        if (root.has("scenarios")) {
            root.get("scenarios").forEach(scenario ->
                    cases.put(scenario.path("name").asText("?"), answers(scenario.path("answers"))));
        } else {
            cases.put(file.getFileName().toString(), answers(root.has("answers") ? root.get("answers") : root));
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answers(JsonNode node) {
        return node.isObject() ? YAML.convertValue(node, Map.class) : Map.of();
    }
}
