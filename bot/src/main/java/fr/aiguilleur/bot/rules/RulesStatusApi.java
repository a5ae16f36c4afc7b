package fr.aiguilleur.bot.rules;

import fr.aiguilleur.rules.engine.RuleProblem;
import fr.aiguilleur.rules.live.RulesStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/rules/status}: which rules are in use, and why the last edit was not taken, if so. */
@RestController
class RulesStatusApi {

    private final RulesInUse rules;

    RulesStatusApi(RulesInUse rules) {
        this.rules = rules;
    }

    @GetMapping("/api/rules/status")
    View status() {
        return rules.ready().map(live -> View.of(live.status()))
                .orElseGet(() -> rules.failure().map(View::failed).orElse(View.LOADING));
    }

    /**
     * The status as JSON.
     *
     * @param state      "loading" while the rules are built at start, "ready", or "failed" when
     *                   no rules could be built
     * @param healthy    false when the last attempt to load rules failed (the rules in use, if any,
     *                   stay the previous ones)
     * @param lastErrors the problems of that attempt, with file, line and rule when known
     */
    record View(String state, String activeVersion, String source, Instant loadedAt, String watchedFolder,
            Instant lastAttemptAt, boolean healthy, List<RuleProblem> lastErrors) {

        static final View LOADING = new View("loading", null, null, null, null, null, true, List.of());

        static View of(RulesStatus status) {
            return new View("ready", status.version(), status.source(), status.loadedAt(), status.watchedFolder(),
                    status.lastAttemptAt(), status.healthy(), status.problems());
        }

        static View failed(Throwable failure) {
            return new View("failed", null, null, null, null, null, false,
                    List.of(new RuleProblem(null, 0, null, failure.getMessage())));
        }
    }
}
