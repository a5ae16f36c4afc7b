package fr.aiguilleur.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.Answer;
import fr.aiguilleur.rules.PackagedRules;
import fr.aiguilleur.rules.scenarios.Scenario;
import fr.aiguilleur.rules.scenarios.ScenarioSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleSetTests {

    private static final int THREADS = 4;

    @Test
    void givesEveryScenarioFromManyThreadsAtOnceWhatItGivesAlone() throws Exception {
        DroolsDiagnostician diagnostician = PackagedRules.diagnostician();
        List<Answers> answers = scenarioAnswers();
        Map<Answers, Outcome> alone = new HashMap<>();
        answers.forEach(each -> alone.put(each, Outcome.of(diagnostician.reason(each))));

        List<Answers> many = shuffledTimes(answers, 6);
        List<Outcome> together = onManyThreads(many, diagnostician::reason);

        for (int i = 0; i < many.size(); i++) {
            assertThat(together.get(i)).isEqualTo(alone.get(many.get(i)));
        }
    }

    @Test
    void givesEachDiagnosisTheResultOfTheRulesItStartedWithWhileRulesAreSwapped() throws Exception {
        RuleSet packaged = PackagedRules.ruleSet();
        RuleSet everyoneAutonomous = everyoneAutonomous();
        // Swapped at every look: a diagnosis that looked at the rules twice would mix both sets.
        AtomicLong looks = new AtomicLong();
        DroolsDiagnostician live = new DroolsDiagnostician(
                () -> looks.getAndIncrement() % 2 == 0 ? packaged : everyoneAutonomous, ServiceCatalogue.packaged(), "v1");
        List<Answers> answers = scenarioAnswers();
        Map<String, Map<Answers, Outcome>> alone = new HashMap<>();
        for (RuleSet rules : List.of(packaged, everyoneAutonomous)) {
            DroolsDiagnostician only = new DroolsDiagnostician(() -> rules, ServiceCatalogue.packaged(), "v1");
            Map<Answers, Outcome> byAnswers = new HashMap<>();
            answers.forEach(each -> byAnswers.put(each, Outcome.of(only.reason(each))));
            alone.put(rules.version(), byAnswers);
        }
        List<Answers> many = shuffledTimes(answers, 6);
        List<Outcome> together = onManyThreads(many, live::reason);

        for (int i = 0; i < many.size(); i++) {
            Outcome outcome = together.get(i);
            assertThat(outcome).isEqualTo(alone.get(outcome.diagnosis().rulesVersion()).get(many.get(i)));
        }
        assertThat(together).extracting(outcome -> outcome.diagnosis().rulesVersion())
                .contains(packaged.version(), everyoneAutonomous.version());
    }

    @Test
    void runsCleanlyAgainAfterRulesThatKeptFiring() {
        RuleSet looping = new RuleCompiler().compile(new RuleFiles("test", List.of(new RuleFile("points.drl", """
                package fr.aiguilleur.rules;
                import fr.aiguilleur.conversations.diagnosis.Axis;
                agenda-group "points"
                rule "Start"
                when
                then
                    insert(new NeedPoints(Axis.STRATEGY, 0, "Début.", "Start."));
                end
                rule "Again and again"
                when
                    Answer(question == "loop")
                    $points : NeedPoints()
                then
                    insert(new NeedPoints($points.axis(), $points.points() + 1, "Encore.", "Again."));
                end
                """.getBytes())))).orThrow();

        assertThatThrownBy(() -> looping.run(List.of(new Answer("loop", "yes"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Again and again");
        assertThat(looping.run(List.of()).all()).extracting(Finding::rule).containsExactly("Start");
    }

    /** What a diagnosis gives, and which rules concluded what, in order. */
    private record Outcome(Diagnosis diagnosis, List<String> conclusions) {

        static Outcome of(Reasoning reasoning) {
            return new Outcome(reasoning.diagnosis(), reasoning.findings().all().stream()
                    .map(finding -> finding.rule() + " -> " + finding.fact()).toList());
        }
    }

    private static List<Outcome> onManyThreads(List<Answers> many, java.util.function.Function<Answers, Reasoning> run)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Answers each : many) {
                Callable<Outcome> task = () -> Outcome.of(run.apply(each));
                futures.add(pool.submit(task));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(5, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Answers> shuffledTimes(List<Answers> answers, int times) {
        List<Answers> many = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            many.addAll(answers);
        }
        Collections.shuffle(many, new Random(42));
        return many;
    }

    private static List<Answers> scenarioAnswers() throws IOException {
        List<Answers> answers = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                for (Scenario scenario : ScenarioSuite.read(file).scenarios()) {
                    answers.add(Questionnaire.packaged().check(scenario.answers()).answers());
                }
            }
        }
        assertThat(answers).hasSizeGreaterThan(100);
        return answers;
    }

    private static RuleSet everyoneAutonomous() {
        List<RuleFile> files = new ArrayList<>(RuleFiles.packaged().files());
        files.replaceAll(file -> file.name().equals(EveryoneAutonomous.FILE.name()) ? EveryoneAutonomous.FILE : file);
        return new RuleCompiler().compile(new RuleFiles("test", files)).orThrow();
    }
}
