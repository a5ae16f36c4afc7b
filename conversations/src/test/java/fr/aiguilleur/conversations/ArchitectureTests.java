package fr.aiguilleur.conversations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.aiguilleur.conversations");

    @Test
    void staysFreeOfFrameworksAndChannels() {
        noClasses().that().resideInAPackage("fr.aiguilleur.conversations..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "reactor..", "org.telegram..", "io.lettuce..", "redis..")
                .because("the conversations module is plain Java; only the bot knows frameworks")
                .check(CLASSES);
    }

    @Test
    void keepsTheQuestionnaireIndependentOfTheDialogue() {
        noClasses().that().resideInAPackage("fr.aiguilleur.conversations.questionnaire..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.aiguilleur.conversations.dialogue..",
                        "fr.aiguilleur.conversations.leads..")
                .check(CLASSES);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("fr.aiguilleur.conversations.(**)").should().beFreeOfCycles()
                .because("a package that needs another must not be needed by it (docs/style.md, point 12)")
                .check(CLASSES);
    }
}
