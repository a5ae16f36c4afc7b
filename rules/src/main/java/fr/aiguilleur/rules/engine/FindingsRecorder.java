package fr.aiguilleur.rules.engine;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Listens to one Drools session and writes what its rules insert into {@link Findings}, with the
 * rule that inserted it. (No agenda listener: it would cost an event for every match.)
 */
final class FindingsRecorder implements RuleRuntimeEventListener {

    private final Findings findings;

    FindingsRecorder(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            findings.concluded(event.getRule().getName(), event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // An update changes a fact already recorded (a need's level): only the rule is noted.
        if (event.getRule() != null) {
            findings.changed(event.getRule().getName());
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        findings.retracted(event.getOldObject());
    }
}
