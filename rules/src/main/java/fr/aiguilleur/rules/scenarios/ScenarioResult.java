package fr.aiguilleur.rules.scenarios;

import fr.aiguilleur.rules.engine.Reasoning;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one scenario.
 *
 * @param file       the scenario file's name
 * @param scenario   the scenario's name
 * @param mismatches empty when the scenario passed
 * @param reasoning  what the rules concluded, or {@code null} when the rules did not run (bad
 *                   answers, or a file that cannot be read)
 */
public record ScenarioResult(String file, String scenario, List<Mismatch> mismatches, Reasoning reasoning) {

    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }

    public Optional<Reasoning> rulesOutcome() {
        return Optional.ofNullable(reasoning);
    }
}
