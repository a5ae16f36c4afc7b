package fr.aiguilleur.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The service's structure, as docs/architecture.md draws it. */
class ArchitectureTests {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.aiguilleur.bot");

    @Test
    void hasNoPackageCycles() {
        slices().matching("fr.aiguilleur.bot.(**)").should().beFreeOfCycles()
                .because("a package that needs another must not be needed by it (docs/style.md, point 12)")
                .check(SERVICE);
    }

    @Nested
    class Channels {

        @Test
        void webChatDoesNotReachIntoTelegram() {
            noClasses().that().resideInAPackage("fr.aiguilleur.bot.webchat..")
                    .should().dependOnClassesThat().resideInAPackage("fr.aiguilleur.bot.telegram..")
                    .check(SERVICE);
        }

        @Test
        void telegramDoesNotReachIntoTheWebChat() {
            noClasses().that().resideInAPackage("fr.aiguilleur.bot.telegram..")
                    .should().dependOnClassesThat().resideInAPackage("fr.aiguilleur.bot.webchat..")
                    .check(SERVICE);
        }

        @Test
        void telegramTransportKnowsTheCoordinatorsFeaturesOnlyThroughItsInterfaces() {
            noClasses().that().resideInAPackage("fr.aiguilleur.bot.telegram")
                    .should().dependOnClassesThat().resideInAPackage("fr.aiguilleur.bot.telegram.coordinators..")
                    .check(SERVICE);
        }
    }

    @Test
    void usesRedisAdaptersOnlyThroughTheStoreInterfaces() {
        noClasses().that().resideOutsideOfPackage("fr.aiguilleur.bot.redis..")
                .should().dependOnClassesThat().resideInAPackage("fr.aiguilleur.bot.redis..")
                .because("features see stores by their interfaces; the Redis profile only swaps the beans")
                .check(SERVICE);
    }

    @Test
    void talksToLettuceOnlyFromTheRedisAdapters() {
        noClasses().that().resideOutsideOfPackage("fr.aiguilleur.bot.redis..")
                .should().dependOnClassesThat().resideInAPackage("io.lettuce..")
                .check(SERVICE);
    }
}
