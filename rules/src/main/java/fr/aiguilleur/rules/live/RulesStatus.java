package fr.aiguilleur.rules.live;

import fr.aiguilleur.rules.engine.RuleProblem;
import java.time.Instant;
import java.util.List;

/**
 * What rules are in use and how the last attempt to load rules went (served at
 * {@code GET /api/rules/status}).
 *
 * @param version       the version (content hash) of the rules in use
 * @param source        where they come from: "packaged", or a folder
 * @param loadedAt      when they were loaded
 * @param problems      the problems of the last attempt to load the watched folder; empty when it
 *                      succeeded (or when nothing is watched)
 * @param lastAttemptAt when the watched folder was last built, or {@code null}
 * @param watchedFolder the folder watched for changes, or {@code null}
 */
public record RulesStatus(
        String version,
        String source,
        Instant loadedAt,
        List<RuleProblem> problems,
        Instant lastAttemptAt,
        String watchedFolder) {

    public RulesStatus {
        problems = List.copyOf(problems);
    }

    public boolean healthy() {
        return problems.isEmpty();
    }
}
