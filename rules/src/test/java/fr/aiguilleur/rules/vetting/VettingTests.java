package fr.aiguilleur.rules.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.rules.engine.Compilation;
import fr.aiguilleur.rules.engine.RuleFile;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way of breaking a rule file, as an author would, and what the vetting tells them. */
class VettingTests {

    private static Vetting vetting;

    @TempDir
    Path folder;

    @BeforeAll
    static void vetting() {
        vetting = Vetting.packaged();
    }

    @Test
    void acceptsThePackagedRules() {
        assertThat(vetting.vet(RuleFiles.packaged()).problems()).isEmpty();
    }

    @Nested
    class AgainstTheQuestionnaire {

        @Test
        void namesAnUnknownQuestionWithFileLineAndRule() throws IOException {
            List<RuleProblem> problems = problems("presence-needs.drl",
                    "Answer(question == \"sector\", option in", "Answer(question == \"secteur\", option in");

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.describe()).startsWith(
                        "presence-needs.drl:25 rule \"Shop or restaurant that cannot be found online\": ");
                assertThat(problem.message()).contains("no question \"secteur\"").contains("never match")
                        .contains("sector");
            });
        }

        @Test
        void namesAnUnknownOptionOnItsTableRow() throws IOException {
            List<RuleProblem> problems = problems("presence-needs.drl.csv",
                    "Cannot be found online,presence,nowhere,", "Cannot be found online,presence,nulle_part,");

            assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.describe()).isEqualTo(
                    "presence-needs.drl.csv:11 rule \"Cannot be found online\": the question \"presence\" has no answer"
                            + " \"nulle_part\", so this rule can never match (answers: site, maps, social, nowhere)"));
        }

        @Test
        void namesAMisspeltField() throws IOException {
            List<RuleProblem> problems = problems("autonomy.drl",
                    "Answer(question == \"device_use\", option == \"none\")",
                    "Answer(questoin == \"device_use\", option == \"none\")");

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("autonomy.drl");
                assertThat(problem.line()).isEqualTo(12);
                assertThat(problem.rule()).isEqualTo("Little autonomy: uses almost no digital tool");
                assertThat(problem.message()).startsWith("Answer has no field \"questoin\"");
            });
        }

        @Test
        void reportsARuleThatCanNeverMatch() throws IOException {
            List<RuleProblem> problems = problems("presence-needs.drl",
                    "Answer(question == \"presence\", option == \"nowhere\")",
                    "Answer(question == \"presence\", option == \"nowhere\")\n    Answer(question == \"sector\", option == \"craft\")");

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.rule()).isEqualTo("Shop or restaurant that cannot be found online");
                assertThat(problem.message()).startsWith("this rule can never match").contains("retail or hospitality")
                        .contains("craft");
            });
        }
    }

    @Nested
    class Tables {

        @Test
        void wantsAReasonOnEveryRow() throws IOException {
            List<RuleProblem> problems = problems("presence-needs.drl.csv",
                    ",Your customers cannot find you online.,", ",,");

            assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.describe()).startsWith(
                    "presence-needs.drl.csv:11 rule \"Cannot be found online\": the cell \"Reason in English\" is empty"));
        }

        @Test
        void takesAnEmptyTextInQuotesForAnEmptyReason() throws IOException {
            List<RuleProblem> problems = problems("presence-needs.drl.csv",
                    "Vos pages sur internet ne sont pas vraiment à jour.", "\"\"\"\"\"\"");

            assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.describe()).startsWith(
                    "presence-needs.drl.csv:12 rule \"Online pages not up to date\": the cell \"Reason\" is empty"));
        }

        @Test
        void findsALevelBandGap() throws IOException {
            List<RuleProblem> problems = problems("need-levels.drl.csv", "Medium need,34,66", "Medium need,40,66");

            assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.describe()).isEqualTo(
                    "need-levels.drl.csv:12 rule \"Medium need\": no level for the scores 34 to 39: the bands must"
                            + " cover 0 to 100 without a gap"));
        }

        @Test
        void findsOverlappingLevelBands() throws IOException {
            List<RuleProblem> problems = problems("need-levels.drl.csv", "High need,67,100", "High need,60,100");

            assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.describe()).startsWith(
                    "need-levels.drl.csv:13 rule \"High need\": the scores 60 to 66 are in two bands"));
        }

        @Test
        void tellsAnUnquotedCommaInOneSentence() throws IOException {
            List<RuleProblem> problems = problems("presence-needs.drl.csv",
                    "\"Vos clients vous demandent souvent de commander, réserver ou payer en ligne.\"",
                    "Vos clients vous demandent souvent de commander, réserver ou payer en ligne.");

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.describe()).startsWith("presence-needs.drl.csv:14 rule \"Customers often want to order"
                        + " online\": this row has 8 cells but the table has 7 columns");
                assertThat(problem.message()).contains("double quotes").doesNotContain("\n").doesNotContain("Exception");
            });
        }

        @Test
        void tellsAShiftedColumnInOneSentence() throws IOException {
            List<RuleProblem> problems = problems("administrative-needs.drl.csv",
                    "Wants less time on paperwork,goal,admin_time,15,", "Wants less time on paperwork,goal,15,admin_time,");

            assertThat(problems).anySatisfy(problem -> assertThat(problem.describe()).isEqualTo(
                    "administrative-needs.drl.csv:17 rule \"Wants less time on paperwork\": \"Points\" must be a whole"
                            + " number (like 15 or -20), not \"admin_time\""));
            assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).doesNotContain("\tat "));
        }
    }

    @Nested
    class Canary {

        @Test
        void stopsARuleThatLoops() throws IOException {
            write("looping.drl", """
                    package fr.aiguilleur.rules;
                    import fr.aiguilleur.conversations.diagnosis.Axis;
                    agenda-group "needs"
                    rule "Push the presence score up"
                    when
                        $score : NeedScore(axis == Axis.PRESENCE, level != null)
                    then
                        modify($score) { setLevel(null) };
                    end
                    """);

            List<RuleProblem> problems = vetting.vet(RuleFiles.folder(folder)).problems();

            assertThat(problems).isNotEmpty().first().satisfies(problem -> {
                assertThat(problem.file()).as(problem.describe()).isEqualTo("looping.drl");
                assertThat(problem.line()).isEqualTo(4);
                assertThat(problem.message()).contains("without ending").contains("on the answers of scenario");
            });
        }

        @Test
        void stopsAReasonLeftOut() throws IOException {
            List<RuleProblem> problems = problems("autonomy.drl",
                    "\"Vous vous servez des outils numériques, parfois avec un peu d'aide.\"", "null");

            assertThat(problems).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.rule()).isEqualTo("Medium autonomy otherwise");
                assertThat(problem.file()).isEqualTo("autonomy.drl");
                assertThat(problem.message()).startsWith("this rule gives no reason in French");
            });
        }

        @Test
        void stopsARuleThatFailsWhileConcluding() throws IOException {
            write("failing.drl", """
                    package fr.aiguilleur.rules;
                    agenda-group "autonomy"
                    rule "Divide by nothing"
                    when
                        Answer(question == "role", option == "owner")
                    then
                        int nothing = 0;
                        insert(new Autonomy(null, "x" + (1 / nothing), "x"));
                    end
                    """);

            assertThat(vetting.vet(RuleFiles.folder(folder)).problems()).first().satisfies(problem -> {
                assertThat(problem.describe()).startsWith("failing.drl:3 rule \"Divide by nothing\": rule \"Divide by"
                        + " nothing\" failed while concluding: ArithmeticException");
            });
        }

        @Test
        void stopsTwoDecisionsAtOnce() throws IOException {
            write("two-decisions.drl", """
                    package fr.aiguilleur.rules;
                    import fr.aiguilleur.conversations.diagnosis.Decision;
                    agenda-group "orientation"
                    rule "Everyone gets services too"
                    when
                        exists Orientation(decision == Decision.BOOK_VISIT)
                    then
                        insert(new Orientation(Decision.REFER_TO_SERVICES, "Aussi.", "Also."));
                    end
                    """);

            assertThat(vetting.vet(RuleFiles.folder(folder)).problems()).first()
                    .satisfies(problem -> assertThat(problem.message()).contains("two decisions at once"));
        }

        @Test
        void tellsAnAuthorWhoForgotTheEnglishReasonWhatToWrite() throws IOException {
            List<RuleProblem> problems = problems("autonomy.drl",
                    "d'aide.\",\n        \"You use digital tools, sometimes with a little help.\"", "d'aide.\"");

            assertThat(problems).first().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("autonomy.drl");
                assertThat(problem.rule()).isEqualTo("Medium autonomy otherwise");
                assertThat(problem.message()).startsWith("every reason is written twice, in French then in English");
            });
        }
    }

    private List<RuleProblem> problems(String file, String from, String to) throws IOException {
        for (RuleFile packaged : RuleFiles.packaged().files()) {
            Files.write(folder.resolve(packaged.name()), packaged.content());
        }
        Path edited = folder.resolve(file);
        String text = Files.readString(edited);
        assertThat(text).as("the text to replace").contains(from);
        Files.writeString(edited, text.replace(from, to));
        Compilation compilation = vetting.vet(RuleFiles.folder(folder));
        return compilation.problems();
    }

    private void write(String file, String content) throws IOException {
        for (RuleFile packaged : RuleFiles.packaged().files()) {
            Files.write(folder.resolve(packaged.name()), packaged.content());
        }
        Files.writeString(folder.resolve(file), content);
    }
}
