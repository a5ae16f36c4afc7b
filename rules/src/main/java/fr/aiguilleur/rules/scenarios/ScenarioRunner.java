package fr.aiguilleur.rules.scenarios;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.conversations.questionnaire.AnswerCheck;
import fr.aiguilleur.conversations.questionnaire.AnswerProblem;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.rules.engine.DroolsDiagnostician;
import fr.aiguilleur.rules.engine.Reasoning;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs scenarios: checks each scenario's answers against the questionnaire, runs the rules on them
 * and compares the result with what the scenario expects. A scenario that fails never stops the
 * others.
 */
public final class ScenarioRunner {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final DroolsDiagnostician diagnostician;
    private final Questionnaire questionnaire;

    private final Texts texts;

    /** A runner telling its mismatches in English. */
    public ScenarioRunner(DroolsDiagnostician diagnostician, Questionnaire questionnaire) {
        this(diagnostician, questionnaire, Texts.of(Texts.ENGLISH));
    }

    /** A runner telling its mismatches in the language of {@code texts}. */
    public ScenarioRunner(DroolsDiagnostician diagnostician, Questionnaire questionnaire, Texts texts) {
        this.diagnostician = diagnostician;
        this.questionnaire = questionnaire;
        this.texts = texts;
    }

    /** Runs every scenario of a file; an unreadable file gives one failed result. */
    public List<ScenarioResult> run(ScenarioSuite suite) {
        if (!suite.readable()) {
            return List.of(new ScenarioResult(suite.file(), texts.get("rules.scenario.whole-file"),
                    List.of(new Mismatch("file", texts.get("rules.scenario.readable-file"), suite.problem())), null));
        }
        List<ScenarioResult> results = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Scenario scenario : suite.scenarios()) {
            results.add(withNameChecks(run(suite.file(), scenario), scenario.name(), names.add(scenario.name())));
        }
        return results;
    }

    /** Runs one scenario. */
    public ScenarioResult run(String file, Scenario scenario) {
        AnswerCheck check = questionnaire.check(scenario.answers());
        if (!check.ok()) {
            return new ScenarioResult(file, scenario.name(), check.problems().stream().map(this::mismatch).toList(),
                    null);
        }
        try {
            Reasoning reasoning = scenario.localPlaces().isEmpty() ? diagnostician.reason(check.answers())
                    : diagnostician.reason(check.answers(), scenario.localPlaces());
            return new ScenarioResult(file, scenario.name(),
                    ExpectationCheck.compare(scenario.expect(), reasoning.diagnosis(), texts), reasoning);
        } catch (RuntimeException e) {
            return new ScenarioResult(file, scenario.name(), List.of(new Mismatch("rules", texts.get("rules.scenario.a-diagnosis"), e.getMessage())),
                    null);
        }
    }

    private Mismatch mismatch(AnswerProblem problem) {
        String choices = problem.validChoices().isEmpty() ? texts.get("rules.scenario.valid-answer")
                : texts.get("rules.scenario.one-of", String.join(", ", problem.validChoices()));
        return new Mismatch(texts.get("rules.scenario.answer", problem.key()), choices, problem.message());
    }

    private ScenarioResult withNameChecks(ScenarioResult result, String name, boolean first) {
        List<Mismatch> mismatches = new ArrayList<>(result.mismatches());
        if (!first) {
            mismatches.add(0, new Mismatch("name", texts.get("rules.scenario.name-once"),
                    texts.get("rules.scenario.name-twice", name)));
        }
        if (!KEBAB_CASE.matcher(name).matches()) {
            mismatches.add(0, new Mismatch("name", texts.get("rules.scenario.kebab-case"), name));
        }
        return new ScenarioResult(result.file(), result.scenario(), mismatches, result.reasoning());
    }
}
