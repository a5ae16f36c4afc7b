package fr.aiguilleur.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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

class AuthoringCommandsTests {

    @TempDir
    Path folder;

    private String output;

    @Nested
    class Coverage {

        @Test
        void countsTheScenariosThatFireEachRule() {
            assertThat(run("coverage", "scenarios")).isZero();
            assertThat(output).containsPattern("Individuals are redirected to personal help\\s+\\d+")
                    .containsPattern("Low need\\s+\\d+")
                    .containsPattern("Every rule \\(\\d+\\) is fired by at least one scenario\\.");
        }

        @Test
        void namesARuleNoScenarioFires() throws IOException {
            Path rules = copyOfPackagedRules();
            Files.writeString(rules.resolve("farm-needs.drl"), """
                    package fr.aiguilleur.rules;
                    import fr.aiguilleur.conversations.diagnosis.Axis;
                    agenda-group "points"
                    // Why: a new rule, with no scenario yet.
                    rule "Farm with a team that avoids digital tools"
                    when
                        Answer(question == "sector", option == "agriculture")
                        Answer(question == "team_skills", option == "no")
                        Answer(question == "obstacles", option == "security_fear")
                    then
                        insert(new NeedPoints(Axis.INTERNAL_TOOLS, 5, "Votre équipe évite le numérique.",
                            "Your team avoids digital tools."));
                    end
                    """);

            assertThat(run("coverage", "scenarios", "--rules", rules.toString())).isEqualTo(1);
            assertThat(output).containsPattern("Farm with a team that avoids digital tools\\s+0")
                    .containsPattern("Fired by no scenario \\(1 of \\d+ rules\\):\n  Farm with a team that avoids digital tools");
        }
    }

    @Nested
    class RealCases {

        @Test
        void turnAnExportedCaseIntoAScenarioThatPasses() throws IOException {
            Path export = export(Map.of("role", "owner", "sector", "retail", "headcount", "solo", "device_use", "phone",
                    "admin_online", "self_hard", "admin_blocked", "yes", "presence", List.of("nowhere")));
            String id = new ObjectMapper().readTree(Files.readAllLines(export).get(0)).get("id").asText();
            Path scenarios = folder.resolve("real-cases.yaml");

            assertThat(run("scenario", "--from", export.toString(), "--id", id, "--out", scenarios.toString())).isZero();
            assertThat(Files.readString(scenarios)).startsWith("scenarios:\n  - name: real-case-" + id)
                    .contains("admin_blocked: 'yes'").contains("presence: [nowhere]").contains("decision: BOOK_VISIT")
                    .contains("services: [");
            assertThat(run("test", scenarios.toString())).isZero();
            assertThat(lastLine()).isEqualTo("1 passed, 0 failed");
        }

        @Test
        void saysWhenNoCaseHasThatId() throws IOException {
            Path export = export(Map.of("role", "individual"));

            assertThat(run("scenario", "--from", export.toString(), "--id", "000000000000")).isEqualTo(1);
            assertThat(output).contains("No diagnosis with id 000000000000");
        }
    }

    @Nested
    class Accepting {

        @Test
        void rewritesTheExpectationOfTheNamedFailingScenarioOnly() throws IOException {
            Path scenarios = Files.writeString(folder.resolve("changed.yaml"), """
                    scenarios:
                      # the blocked procedure calls for a visit now
                      - name: demarche-bloquee
                        answers: {role: owner, headcount: solo, device_use: none, admin_blocked: 'yes'}
                        expect:
                          decision: REFER_TO_SERVICES
                          services_exclude: [impots-pro]
                      - name: toujours-faux
                        answers: {role: individual}
                        expect: {decision: BOOK_VISIT}
                    """);

            assertThat(run("test", scenarios.toString(), "--accept", "demarche-bloquee")).isEqualTo(1);
            assertThat(output).contains("accepted (expectation rewritten): changed.yaml > demarche-bloquee")
                    .contains("Failed:\n  changed.yaml > toujours-faux");
            assertThat(Files.readString(scenarios)).contains("""
                      # the blocked procedure calls for a visit now
                      - name: demarche-bloquee
                        answers: {role: owner, headcount: solo, device_use: none, admin_blocked: 'yes'}
                        expect:
                          decision: BOOK_VISIT
                          services_exclude: [impots-pro]
                      - name: toujours-faux
                        answers: {role: individual}
                        expect: {decision: BOOK_VISIT}
                    """);
            assertThat(run("test", scenarios.toString())).isEqualTo(1);
            assertThat(lastLine()).isEqualTo("1 passed, 1 failed");
        }
    }

    private Path export(Map<String, Object> raw) throws IOException {
        Questionnaire questionnaire = Questionnaire.packaged();
        Answers answers = questionnaire.check(raw).answers();
        StoredDiagnosis stored = StoredDiagnosis.of("telegram:987654321", answers,
                PackagedRules.diagnostician().diagnose(answers), Instant.parse("2026-05-14T09:30:00Z"));
        StringWriter lines = new StringWriter();
        DiagnosisExport.write(List.of(stored), lines);
        assertThat(lines.toString()).doesNotContain("987654321");
        return Files.writeString(folder.resolve("diagnoses.jsonl"), lines.toString());
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
}
