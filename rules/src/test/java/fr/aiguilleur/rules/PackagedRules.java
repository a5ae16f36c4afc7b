package fr.aiguilleur.rules;

import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.engine.DroolsDiagnostician;
import fr.aiguilleur.rules.engine.RuleCompiler;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleSet;

/** The packaged rules, built once for all the tests of a run (a build takes seconds). */
public final class PackagedRules {

    private static RuleSet rules;

    private PackagedRules() {
    }

    public static synchronized RuleSet ruleSet() {
        if (rules == null) {
            rules = new RuleCompiler().compile(RuleFiles.packaged()).orThrow();
        }
        return rules;
    }

    public static DroolsDiagnostician diagnostician() {
        return diagnostician(ServiceCatalogue.packaged());
    }

    public static DroolsDiagnostician diagnostician(ServiceCatalogue catalogue) {
        RuleSet ruleSet = ruleSet();
        var sample = fr.aiguilleur.conversations.places.PackagedSample.load(java.time.Instant.EPOCH);
        return new DroolsDiagnostician(() -> ruleSet, catalogue, Questionnaire.packaged().version(),
                new fr.aiguilleur.conversations.places.PlaceFinder(
                        fr.aiguilleur.conversations.places.PostcodePositions.packaged(), () -> sample));
    }
}
