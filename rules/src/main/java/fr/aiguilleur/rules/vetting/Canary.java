package fr.aiguilleur.rules.vetting;

import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.questionnaire.AnswerCheck;
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
import java.util.LinkedHashSet;
import java.util.List;
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

    private final List<ScenarioSuite> suites;
    private final Questionnaire questionnaire;
    private final ServiceCatalogue catalogue;
    private final Duration bound;

    Canary(List<ScenarioSuite> suites, Questionnaire questionnaire, ServiceCatalogue catalogue, Duration bound) {
        this.suites = List.copyOf(suites);
        this.questionnaire = questionnaire;
        this.catalogue = catalogue;
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
            return List.of(new RuleProblem(null, 0, null, "the rules did not finish the packaged scenarios within "
                    + bound.toSeconds() + " s: a rule may loop (for instance a modify that triggers itself)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(new RuleProblem(null, 0, null, "the check of the rules was interrupted"));
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "the canary run failed", e.getCause());
            return List.of(new RuleProblem(null, 0, null, "the rules could not be tried on the packaged scenarios: "
                    + firstLine(e.getCause())));
        }
    }

    private List<RuleProblem> runAll(RuleSet rules, RuleFiles files) {
        DroolsDiagnostician diagnostician = new DroolsDiagnostician(() -> rules, catalogue, questionnaire.version());
        LinkedHashSet<RuleProblem> problems = new LinkedHashSet<>();
        for (ScenarioSuite suite : suites) {
            for (Scenario scenario : suite.scenarios()) {
                AnswerCheck check = questionnaire.check(scenario.answers());
                if (check.ok()) {
                    problems.addAll(tryOn(diagnostician, rules, files, check, suite.file() + " > " + scenario.name()));
                }
                if (problems.size() >= MOST_PROBLEMS) {
                    return new ArrayList<>(problems).subList(0, MOST_PROBLEMS);
                }
            }
        }
        return List.copyOf(problems);
    }

    private static List<RuleProblem> tryOn(DroolsDiagnostician diagnostician, RuleSet rules, RuleFiles files,
            AnswerCheck check, String scenario) {
        String on = " (on the answers of scenario " + scenario + ")";
        try {
            Findings findings = diagnostician.conclusions(rules, check.answers());
            List<Invariants.Breach> breaches = new ArrayList<>(Invariants.of(findings));
            if (breaches.isEmpty()) {
                Diagnosis diagnosis = diagnostician.reason(check.answers()).diagnosis();
                breaches.addAll(Invariants.of(diagnosis));
            }
            return breaches.stream().map(breach -> RuleProblem.inRule(files, breach.rule(), breach.message() + on))
                    .toList();
        } catch (RuleFailure e) {
            LOG.log(System.Logger.Level.WARNING, "rules failed on scenario " + scenario, e);
            return List.of(RuleProblem.inRule(files, e.rule(), e.getMessage() + on));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "rules failed on scenario " + scenario, e);
            return List.of(new RuleProblem(null, 0, null, "the rules failed: " + firstLine(e) + on));
        }
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
