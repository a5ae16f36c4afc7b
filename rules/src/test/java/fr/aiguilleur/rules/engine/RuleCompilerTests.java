package fr.aiguilleur.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.rules.PackagedRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuleCompilerTests {

    /** A decision table; written with ' for " to keep the text block readable. */
    private static final String POINTS_TABLE = """
            RuleSet,fr.aiguilleur.rules
            Import,fr.aiguilleur.conversations.diagnosis.Axis
            AGENDA-GROUP,points
            ,
            RuleTable Test points
            NAME,CONDITION,CONDITION,ACTION,ACTION,ACTION
            ,Answer...,Answer...,,,
            ,'question == ''$param''','option == ''$param''',int points = $param;,'String reason = ''$param'';','insert(new NeedPoints(Axis.PRESENCE, points, reason, ''$param''));'
            Rule,Question,Answer,Points,Reason,Reason in English
            Never online,presence,nowhere,45,Introuvable.,Not found.
            Pages not up to date,presence_updated,no,%s,Pas à jour.,Not up to date.
            """.replace('\'', '"');

    private static final String AUTONOMY = """
            package fr.aiguilleur.rules;

            import fr.aiguilleur.conversations.diagnosis.Level;

            agenda-group "autonomy"

            rule "Little autonomy"
            when
                Answer(question == "autonomy", option == "avoid")
            then
                insert(new Autonomy(Level.LOW, "Peu à l'aise.", "Not at ease."));
            end

            rule "Medium autonomy otherwise"
                salience -10
            %s
                not Autonomy()
            then
                insert(new Autonomy(%s, "Moyen.", "Medium."));
            end
            """;

    private final RuleCompiler compiler = new RuleCompiler();

    @Nested
    class PackagedRulesBuild {

        @Test
        void buildWithoutProblemAndGiveTheirContentHashAsVersion() {
            RuleSet rules = PackagedRules.ruleSet();

            assertThat(rules.version()).matches("[0-9a-f]{12}").isEqualTo(RuleFiles.packaged().version());
            assertThat(rules.source()).isEqualTo("packaged");
            assertThat(rules.files()).contains("administrative-needs.drl.csv", "orientation.drl", "services.drl");
            assertThat(rules.ruleCount()).isGreaterThan(50);
        }
    }

    @Nested
    class Versions {

        @Test
        void areTheSameForTheSameFilesAndChangeWithOneByte() {
            RuleFiles files = files(file("autonomy.drl", AUTONOMY.formatted("when", "Level.MEDIUM")));
            RuleFiles same = files(file("autonomy.drl", AUTONOMY.formatted("when", "Level.MEDIUM")));
            RuleFiles changed = files(file("autonomy.drl", AUTONOMY.formatted("when", "Level.HIGH")));

            assertThat(files.version()).isEqualTo(same.version()).isNotEqualTo(changed.version());
        }
    }

    @Nested
    class Problems {

        @Test
        void nameTheFileLineAndRuleOfASyntaxError() {
            Compilation compilation = compiler.compile(files(file("autonomy.drl", AUTONOMY.formatted("whne", "Level.MEDIUM"))));

            assertThat(compilation.ok()).isFalse();
            assertThat(compilation.problems()).first().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("autonomy.drl");
                assertThat(problem.line()).isEqualTo(16);
                assertThat(problem.rule()).isEqualTo("Medium autonomy otherwise");
            });
        }

        @Test
        void traceAnErrorInTheThenPartBackToItsRuleAndLine() {
            Compilation compilation = compiler.compile(files(file("autonomy.drl", AUTONOMY.formatted("when", "Level.MEDIUMM"))));

            assertThat(compilation.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("autonomy.drl");
                assertThat(problem.rule()).isEqualTo("Medium autonomy otherwise");
                assertThat(problem.line()).isEqualTo(19);
                assertThat(problem.message()).contains("MEDIUMM");
            });
        }

        @Test
        void traceAMisspeltMethodInTheThenPartBackToItsRule() {
            Compilation compilation = compiler.compile(
                    files(file("autonomy.drl", AUTONOMY.formatted("when", "Level.valueOff(\"MEDIUM\")"))));

            assertThat(compilation.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("autonomy.drl");
                assertThat(problem.rule()).isEqualTo("Medium autonomy otherwise");
                assertThat(problem.line()).isEqualTo(19);
                assertThat(problem.message()).contains("valueOff");
            });
        }

        @Test
        void nameTheRowOfABadDecisionTableCell() {
            Compilation compilation = compiler.compile(files(file("presence.drl.csv", POINTS_TABLE.formatted("twenty"))));

            assertThat(compilation.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("presence.drl.csv");
                assertThat(problem.rule()).isEqualTo("Pages not up to date");
                assertThat(problem.line()).isEqualTo(11);
            });
        }

        @Test
        void reportARuleThatBelongsToNoPhase() {
            String noPhase = AUTONOMY.formatted("when", "Level.MEDIUM").replace("agenda-group \"autonomy\"", "");

            Compilation compilation = compiler.compile(files(file("autonomy.drl", noPhase)));

            assertThat(compilation.problems()).hasSize(2).allSatisfy(problem -> {
                assertThat(problem.file()).isEqualTo("autonomy.drl");
                assertThat(problem.message()).contains("no phase").contains("points, needs, autonomy");
            });
            assertThat(compilation.problems()).extracting(RuleProblem::line).containsExactlyInAnyOrder(7, 14);
        }

        @Test
        void reportAMisspeltPhase() {
            String misspelt = AUTONOMY.formatted("when", "Level.MEDIUM").replace("\"autonomy\"", "\"autonomie\"");

            assertThat(compiler.compile(files(file("autonomy.drl", misspelt))).problems())
                    .allSatisfy(problem -> assertThat(problem.message()).contains("unknown phase \"autonomie\""));
        }

        @Test
        void reportAnEmptySetOfFiles() {
            assertThat(compiler.compile(new RuleFiles("/tmp/empty", List.of())).problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).contains("no rule file").contains("/tmp/empty"));
        }
    }

    @Test
    void buildsAValidSmallRuleSet() {
        Compilation compilation = compiler.compile(files(file("autonomy.drl", AUTONOMY.formatted("when", "Level.MEDIUM")),
                file("presence.drl.csv", POINTS_TABLE.formatted("20"))));

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.orThrow().ruleCount()).isEqualTo(4);
    }

    static RuleFile file(String name, String content) {
        return new RuleFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static RuleFiles files(RuleFile... files) {
        return new RuleFiles("test", List.of(files));
    }
}
