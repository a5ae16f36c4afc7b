package fr.aiguilleur.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses rules = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.aiguilleur.rules");

    @Test
    void rulesModuleKnowsNoFramework() {
        noClasses().that().resideInAPackage("fr.aiguilleur.rules..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "reactor..", "org.telegram..", "io.lettuce..")
                .because("the rules module is plain Java (docs/style.md, point 1)")
                .check(rules);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("fr.aiguilleur.rules.(**)").should().beFreeOfCycles()
                .because("a package that needs another must not be needed by it (docs/style.md, point 12)")
                .check(rules);
    }
}
