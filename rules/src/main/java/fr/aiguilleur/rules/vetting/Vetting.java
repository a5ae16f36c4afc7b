package fr.aiguilleur.rules.vetting;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.engine.Compilation;
import fr.aiguilleur.rules.engine.RuleCompiler;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleProblem;
import fr.aiguilleur.rules.engine.WrittenRule;
import fr.aiguilleur.rules.scenarios.PackagedScenarios;
import fr.aiguilleur.rules.scenarios.ScenarioSuite;
import fr.aiguilleur.conversations.places.PackagedSample;
import fr.aiguilleur.conversations.places.PlaceFinder;
import fr.aiguilleur.conversations.places.PlacesData;
import fr.aiguilleur.conversations.places.PostcodePositions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything rule files go through before they may be used, in order: the decision tables' rows
 * and the question and option ids (told in one sentence each, before Drools reads anything), the
 * build, then a canary run of every packaged scenario. Rules come out only when all is well;
 * otherwise every problem, with its file, line and rule, in plain words (no stack trace: the
 * service log keeps those).
 */
public final class Vetting {

    /** How long the canary may take on all the packaged scenarios. */
    public static final Duration CANARY_BOUND = Duration.ofSeconds(20);

    private final RuleCompiler compiler;
    private final Questionnaire questionnaire;
    private final Canary canary;
    private final Texts texts;

    /**
     * @param places where the canary finds the places around a scenario's postcode (the packaged
     *               sample, which the places scenarios are written against), or {@code null}
     */
    public Vetting(RuleCompiler compiler, Questionnaire questionnaire, ServiceCatalogue catalogue, PlaceFinder places,
            List<ScenarioSuite> canaryScenarios, Duration canaryBound) {
        this(compiler, questionnaire, catalogue, places, canaryScenarios, canaryBound, Texts.of(Texts.ENGLISH));
    }

    /** @param texts the language of the problems (the service shows them in English) */
    public Vetting(RuleCompiler compiler, Questionnaire questionnaire, ServiceCatalogue catalogue, PlaceFinder places,
            List<ScenarioSuite> canaryScenarios, Duration canaryBound, Texts texts) {
        this.compiler = compiler;
        this.questionnaire = questionnaire;
        this.texts = texts;
        this.canary = new Canary(canaryScenarios, questionnaire, catalogue, places, canaryBound, texts);
    }

    /** The packaged questionnaire, services, sample of places and scenarios. */
    public static Vetting packaged() {
        return new Vetting(new RuleCompiler(), Questionnaire.packaged(), ServiceCatalogue.packaged(), samplePlaces(),
                PackagedScenarios.read(), CANARY_BOUND);
    }

    /** The packaged sample of places, as the places scenarios expect it. */
    public static PlaceFinder samplePlaces() {
        PlacesData sample = PackagedSample.load(Instant.EPOCH);
        return new PlaceFinder(PostcodePositions.packaged(), () -> sample);
    }

    /** Checks, builds and tries the files: a rule set only when there is no problem. */
    public Compilation vet(RuleFiles files) {
        List<RuleProblem> problems = checks(files);
        if (!problems.isEmpty()) {
            return new Compilation(null, problems);
        }
        Compilation compilation = compiler.compile(files);
        if (!compilation.ok()) {
            return new Compilation(null, PlainProblems.of(compilation.problems(), texts));
        }
        List<RuleProblem> canaryProblems = canary.run(compilation.orThrow(), files);
        return canaryProblems.isEmpty() ? compilation : new Compilation(null, PlainProblems.of(canaryProblems, texts));
    }

    /** The checks made before the build: the tables' rows, and the answers the rules name. */
    public List<RuleProblem> checks(RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>(TableCheck.check(files, texts));
        if (problems.isEmpty()) {
            problems.addAll(QuestionnaireCheck.check(WrittenRule.of(files), questionnaire, texts));
        }
        return PlainProblems.of(problems, texts);
    }
}
