package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.rules.Phase;
import java.util.List;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * A rule base of its own with one session on it, run by one thread at a time and emptied after
 * each run. Drools' single-threaded sessions ({@link ThreadSafeOption#NO}) skip its locks and
 * concurrent queues, but the rules' {@code then} parts, which belong to the rule base, then keep
 * per-run state: two such sessions must never share a rule base, hence a rule base each.
 */
final class SoloSession {

    private static final Phase[] PHASES_LAST_FIRST = reversed(Phase.values());

    private final KieSession session;

    SoloSession(KieBase ownBase) {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        this.session = ownBase.newKieSession(configuration, null);
    }

    /**
     * Runs the rules, phase after phase, on these facts, then empties the session.
     *
     * @throws IllegalStateException when the rules keep firing (a rule that triggers itself)
     */
    Findings run(List<?> facts) {
        Findings findings = new Findings();
        try {
            for (int i = 0; i < facts.size(); i++) {
                session.insert(facts.get(i));
            }
            session.addEventListener(new FindingsRecorder(findings)); // after the answers: only what rules insert
            for (Phase phase : PHASES_LAST_FIRST) {
                session.getAgenda().getAgendaGroup(phase.group()).setFocus();
            }
            if (session.fireAllRules(RuleSet.MOST_FIRINGS) >= RuleSet.MOST_FIRINGS) {
                String rule = findings.busiestRule();
                throw new RuleFailure(rule, Texts.of(Texts.ENGLISH).get("rules.build.endless", RuleSet.MOST_FIRINGS, rule), null);
            }
            return findings;
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? null : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleFailure(rule, Texts.of(Texts.ENGLISH).get("rules.build.failed", rule,
                    cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")),
                    e);
        } finally {
            // Drools' public API has no way to empty a session but to pool it; this is what its pool does.
            ((StatefulKnowledgeSessionImpl) session).reset(); // also removes the recorder
        }
    }

    private static Phase[] reversed(Phase[] phases) {
        Phase[] reversed = new Phase[phases.length];
        for (int i = 0; i < phases.length; i++) {
            reversed[i] = phases[phases.length - 1 - i];
        }
        return reversed;
    }
}
