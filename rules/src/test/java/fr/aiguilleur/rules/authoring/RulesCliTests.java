package fr.aiguilleur.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.leads.DiagnosisExport;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.rules.PackagedRules;
import fr.aiguilleur.rules.engine.RuleFile;
import fr.aiguilleur.rules.engine.RuleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCliTests {

    private static final String BOULANGERE = """
            role: owner
            sector: retail
            headcount: solo
            postcode: '33210'
            device_use: phone
            autonomy: with_help
            admin_online: self_hard
            admin_blocked: 'yes'
            invoicing: paper
            presence: [nowhere]
            customers_online: sometimes
            tools: paper
            backup: unknown
            goal: admin_time
            digital_plan: none
            obstacles: [time, where_start]
            """;

    @TempDir
    Path folder;

    private String output;

    @Nested
    class Validate {

        @Test
        void checksTheRulesOfTheSourcesByDefault() {
            assertThat(run("validate")).isZero();
            assertThat(output).startsWith("OK: ").contains("src/main/resources/fr/aiguilleur/rules");
        }

        @Test
        void listsEachProblemWithFileAndLineAndFails() throws IOException {
            Path rules = copyOfPackagedRules();
            Path autonomy = rules.resolve("autonomy.drl");
            Files.writeString(autonomy, Files.readString(autonomy).replace("Level.HIGH,", "Level.HIHG,"));

            assertThat(run("validate", rules.toString())).isEqualTo(1);
            assertThat(output).containsPattern("autonomy\\.drl:\\d+ rule \"High autonomy: works on a computer and manages alone\": .*HIHG")
                    .contains("1 problem(s) in " + rules);
        }

        @Test
        void speaksFrenchWhenAskedTo() throws IOException {
            Path rules = copyOfPackagedRules();
            Path levels = rules.resolve("need-levels.drl.csv");
            Files.writeString(levels, Files.readString(levels).replace("Medium need,34,66,", "Medium need,34,,"));

            assertThat(run("validate", rules.toString(), "--lang", "fr")).isEqualTo(1);
            assertThat(output).contains("need-levels.drl.csv:12 rule \"Medium need\": la cellule « To score » est vide :"
                    + " chaque ligne en a besoin").contains("problème(s) dans " + rules);
        }
    }

    @Nested
    class ScenarioRuns {

        @Test
        void passesThePersonasAndEndsWithTheCount() {
            assertThat(run("test", "scenarios/personas.yaml")).isZero();
            assertThat(lastLine()).isEqualTo("10 passed, 0 failed");
        }

        @Test
        void printsEachFailureWithExpectationOutcomeAndReasons() throws IOException {
            Path scenarios = Files.writeString(folder.resolve("wrong.yaml"), """
                    scenarios:
                      - name: boulangere-attendue-en-services
                        answers: {role: owner, headcount: solo, device_use: none, admin_blocked: 'yes'}
                        expect: {decision: REFER_TO_SERVICES}
                      - name: reponse-inconnue
                        answers: {role: owner, sector: bakery}
                        expect: {decision: REFER_TO_SERVICES}
                      - name: particulier
                        answers: {role: individual}
                        expect: {decision: REDIRECT}
                    """);

            assertThat(run("test", scenarios.toString())).isEqualTo(1);
            assertThat(output)
                    .contains("wrong.yaml > boulangere-attendue-en-services")
                    .contains("decision: expected REFER_TO_SERVICES, got BOOK_VISIT")
                    .contains("[Visit: a blocked procedure and little autonomy] BOOK_VISIT")
                    .contains("wrong.yaml > reponse-inconnue")
                    .contains("answer sector: expected one of retail, craft, construction")
                    .doesNotContain("> particulier");
            assertThat(output).contains("Failed:\n  wrong.yaml > boulangere-attendue-en-services\n"
                    + "  wrong.yaml > reponse-inconnue\n");
            assertThat(lastLine()).isEqualTo("1 passed, 2 failed");
        }

        @Test
        void countsEveryScenarioAsFailedWhenTheRulesDoNotBuild() throws IOException {
            Path rules = Files.createDirectory(folder.resolve("rules"));
            Files.writeString(rules.resolve("broken.drl"), "rule \"half\" when then");

            assertThat(run("test", "scenarios/personas.yaml", "--rules", rules.toString())).isEqualTo(1);
            assertThat(output).contains("broken.drl");
            assertThat(lastLine()).isEqualTo("0 passed, 10 failed");
        }
    }

    @Test
    void explainsAResultInFrenchWithEveryReason() throws IOException {
        Path answers = Files.writeString(folder.resolve("answers.yaml"), BOULANGERE);

        assertThat(run("explain", answers.toString())).isZero();
        assertThat(output)
                .contains("ORIENTATION : visite d'un conseiller, priorité haute")
                .contains("AUTONOMIE NUMÉRIQUE : moyenne")
                .contains("Démarches administratives en ligne : 100 sur 100, besoin fort")
                .contains("+40  Vos démarches en ligne vous posent des difficultés.")
                .contains("total des points : 115, ramené à 100")
                .contains("1. France Services (france-services)")
                .contains("Limite (2) : En attendant la visite, deux services pour commencer.");
    }

    @Test
    void explainsKindlyWhyAnswersDoNotFit() throws IOException {
        Path answers = Files.writeString(folder.resolve("answers.yaml"), "role: boss\n");

        assertThat(run("explain", answers.toString())).isEqualTo(1);
        assertThat(output).contains("Ces réponses ne correspondent pas au questionnaire").contains("role");
    }

    @Test
    void measuresTheImpactOfChangedRulesOnStoredDiagnoses() throws IOException {
        Path rules = copyOfPackagedRules();
        Path table = rules.resolve("strategy-needs.drl.csv");
        Files.writeString(table, Files.readString(table).replace("No digital project yet,digital_plan,none,10,",
                "No digital project yet,digital_plan,none,45,"));
        Path diagnoses = storedDiagnoses();

        assertThat(run("impact", "--rules", rules.toString(), "--diagnoses", diagnoses.toString())).isZero();
        assertThat(output)
                .contains("Replayed 2 stored diagnoses")
                .contains("Decisions changed:     0")
                .contains("Levels changed:        1")
                .contains("Diagnoses changed:     1 of 2")
                .contains("Diagnosis #1")
                .contains("level of STRATEGY: MEDIUM -> HIGH")
                .contains("score of STRATEGY: 35 -> 70 (+35)")
                .contains("Scores changed:        1")
                .doesNotContain("Diagnosis #2")
                .doesNotContain("web:secret");
    }

    @Test
    void answersAWrongCommandLineWithTheUsage() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(output).contains("unknown command frobnicate").contains("Usage: aiguilleur-rules");
        assertThat(run("impact", "--rules")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("help", "--lang", "fr")).isZero();
        assertThat(output).startsWith("Usage : aiguilleur-rules COMMANDE").contains("--lang fr|en");
        assertThat(run("validate", "--lang", "de")).isEqualTo(2);
        assertThat(output).contains("--lang takes fr or en, not de");
    }

    @Test
    void pointsExportToTheWrapperScriptWhichRunsItWithTheServiceJar() {
        assertThat(run("export", "--redis", "redis://localhost:6379/0")).isEqualTo(2);
        assertThat(output).contains("rules/aiguilleur-rules export --redis URL [--out FILE]");
    }

    private int run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = RulesCli.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), args);
        output = bytes.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private String lastLine() {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }

    private Path copyOfPackagedRules() throws IOException {
        Path rules = Files.createDirectories(folder.resolve("rules"));
        for (RuleFile file : RuleFiles.packaged().files()) {
            Files.write(rules.resolve(file.name()), file.content());
        }
        return rules;
    }

    /** The boulangère (STRATEGY 35, MEDIUM) and the particulier, as the bot would have stored them. */
    private Path storedDiagnoses() throws IOException {
        Questionnaire questionnaire = Questionnaire.packaged();
        var diagnostician = PackagedRules.diagnostician();
        StringWriter lines = new StringWriter();
        List<Map<String, Object>> raws = List.of(
                new org.yaml.snakeyaml.Yaml().load(BOULANGERE), Map.of("role", "individual"));
        List<StoredDiagnosis> stored = raws.stream().map(raw -> {
            Answers answers = questionnaire.check(raw).answers();
            return StoredDiagnosis.of("web:secret", answers, diagnostician.diagnose(answers), Instant.parse("2026-05-14T09:30:00Z"));
        }).toList();
        DiagnosisExport.write(stored, lines);
        return Files.writeString(folder.resolve("diagnoses.jsonl"), lines.toString());
    }
}
