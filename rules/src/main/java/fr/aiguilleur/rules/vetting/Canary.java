package fr.aiguilleur.rules.vetting;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.questionnaire.AnswerCheck;
import fr.aiguilleur.conversations.places.PlaceFinder;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.engine.DroolsDiagnostician;
import fr.aiguilleur.rules.engine.Findings;
import fr.aiguilleur.rules.engine.RuleFailure;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleProblem;
import fr.aiguilleur.rules.engine.RuleSet;
import fr.aiguilleur.rules.scenarios.Scenario;
import fr.aiguilleur.rules.scenarios.ScenarioSuite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs new rules on the answers of every packaged scenario before they are used, within a time
 * bound. What a scenario expects is not checked here (authors change rules on purpose; the
 * scenarios tell them what changed): only what would break the service for a person — an
 * exception, a loop, a reason missing in one language, a score without level or outside 0..100,
 * no decision or two.
 */
final class Canary {

    private static final System.Logger LOG = System.getLogger(Canary.class.getName());
    /** Problems reported at most: the first ones tell the author where to look. */
    private static final int MOST_PROBLEMS = 10;
    /** Scenarios tried at most once some fail: the same broken rule usually fails them all. */
    private static final int MOST_FAILING_SCENARIOS = 20;

    private final List<ScenarioSuite> suites;
    private final Questionnaire questionnaire;
    private final ServiceCatalogue catalogue;
    private final PlaceFinder places;
    private final Duration bound;
    private final Texts texts;

    Canary(List<ScenarioSuite> suites, Questionnaire questionnaire, ServiceCatalogue catalogue, PlaceFinder places,
            Duration bound, Texts texts) {
        this.texts = texts;
        this.suites = List.copyOf(suites);
        this.questionnaire = questionnaire;
        this.catalogue = catalogue;
        this.places = places;
        this.bound = bound;
    }

    List<RuleProblem> run(RuleSet rules, RuleFiles files) {
        FutureTask<List<RuleProblem>> task = new FutureTask<>(() -> runAll(rules, files));
        Thread thread = new Thread(task, "aiguilleur-rules-canary");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return List.of(new RuleProblem(null, 0, null, texts.get("rules.check.canary.loop", bound.toSeconds())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(new RuleProblem(null, 0, null, texts.get("rules.check.canary.interrupted")));
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "the canary run failed", e.getCause());
            return List.of(new RuleProblem(null, 0, null, texts.get("rules.check.canary.untried",
                    firstLine(e.getCause()))));
        }
    }

    private List<RuleProblem> runAll(RuleSet rules, RuleFiles files) {
        DroolsDiagnostician diagnostician = new DroolsDiagnostician(() -> rules, catalogue, questionnaire.version(),
                places);
        Map<RuleProblem, List<String>> scenariosByProblem = new LinkedHashMap<>();
        int failing = 0;
        for (ScenarioSuite suite : suites) {
            for (Scenario scenario : suite.scenarios()) {
                AnswerCheck check = questionnaire.check(scenario.answers());
                if (!check.ok()) {
                    continue;
                }
                String name = suite.file() + " > " + scenario.name();
                List<RuleProblem> found = tryOn(diagnostician, rules, files, check, name);
                found.forEach(problem -> scenariosByProblem.computeIfAbsent(problem, key -> new ArrayList<>()).add(name));
                failing += found.isEmpty() ? 0 : 1;
                if (scenariosByProblem.size() >= MOST_PROBLEMS || failing >= MOST_FAILING_SCENARIOS) {
                    return described(scenariosByProblem);
                }
            }
        }
        return described(scenariosByProblem);
    }

    /** Each problem once, with the first scenario it showed on and how many others. */
    private List<RuleProblem> described(Map<RuleProblem, List<String>> scenariosByProblem) {
        List<RuleProblem> problems = new ArrayList<>();
        scenariosByProblem.forEach((problem, scenarios) -> problems.add(new RuleProblem(problem.file(), problem.line(),
                problem.rule(), scenarios.size() > 1
                        ? texts.get("rules.check.canary.on-scenarios", problem.message(), scenarios.get(0), scenarios.size() - 1)
                        : texts.get("rules.check.canary.on-scenario", problem.message(), scenarios.get(0)))));
        return problems;
    }

    private List<RuleProblem> tryOn(DroolsDiagnostician diagnostician, RuleSet rules, RuleFiles files,
            AnswerCheck check, String scenario) {
        try {
            Findings findings = diagnostician.conclusions(rules, check.answers());
            List<Invariants.Breach> breaches = new ArrayList<>(Invariants.of(findings, texts));
            if (breaches.isEmpty()) {
                Diagnosis diagnosis = diagnostician.reason(check.answers()).diagnosis();
                breaches.addAll(Invariants.of(diagnosis, texts));
            }
            return breaches.stream().map(breach -> RuleProblem.inRule(files, breach.rule(), breach.message()))
                    .toList();
        } catch (RuleFailure e) {
            LOG.log(System.Logger.Level.WARNING, "rules failed on scenario " + scenario, e);
            return List.of(RuleProblem.inRule(files, e.rule(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "rules failed on scenario " + scenario, e);
            return List.of(new RuleProblem(null, 0, null, texts.get("rules.check.canary.failed", firstLine(e))));
        }
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
