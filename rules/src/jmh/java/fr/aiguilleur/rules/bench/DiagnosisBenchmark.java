package fr.aiguilleur.rules.bench;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.engine.DroolsDiagnostician;
import fr.aiguilleur.rules.engine.RuleCompiler;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full diagnosis (answers in, diagnosis with every reason out) through the packaged rules, and
 * the same model in plain Java as the floor. The answers are the boulangère persona's: every phase
 * has work to do (points on four needs, a visit, a priority, services cut to two).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiagnosisBenchmark {

    static final Map<String, Object> BOULANGERE = Map.ofEntries(
            Map.entry("role", "owner"), Map.entry("sector", "retail"), Map.entry("headcount", "solo"),
            Map.entry("postcode", "33210"), Map.entry("device_use", "phone"), Map.entry("autonomy", "with_help"),
            Map.entry("admin_online", "self_hard"), Map.entry("admin_blocked", "yes"), Map.entry("invoicing", "paper"),
            Map.entry("presence", List.of("nowhere")), Map.entry("customers_online", "sometimes"),
            Map.entry("tools", "paper"), Map.entry("backup", "unknown"), Map.entry("goal", "admin_time"),
            Map.entry("digital_plan", "none"), Map.entry("obstacles", List.of("time", "where_start")));

    private Answers answers;
    private DroolsDiagnostician rules;
    private PlainJavaDiagnostician plainJava;

    @Setup
    public void setUp() {
        answers = Questionnaire.packaged().check(BOULANGERE).answers();
        RuleSet ruleSet = new RuleCompiler().compile(RuleFiles.packaged()).orThrow();
        rules = new DroolsDiagnostician(() -> ruleSet, ServiceCatalogue.packaged(), "v1");
        plainJava = new PlainJavaDiagnostician();
        Diagnosis byRules = rules.diagnose(answers);
        Diagnosis byHand = plainJava.diagnose(answers);
        if (!byRules.scores().equals(byHand.scores()) || byRules.decision() != byHand.decision()
                || byRules.priority() != byHand.priority() || !byRules.services().equals(byHand.services())
                || byRules.reasons().size() != byHand.reasons().size()) {
            throw new IllegalStateException("the floor does not compute the same diagnosis:\n" + byRules + "\n" + byHand);
        }
    }

    @Benchmark
    public Diagnosis rules() {
        return rules.diagnose(answers);
    }

    @Benchmark
    public Diagnosis plainJava() {
        return plainJava.diagnose(answers);
    }
}
