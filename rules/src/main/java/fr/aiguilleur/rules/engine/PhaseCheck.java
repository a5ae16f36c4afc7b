package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.rules.Phase;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Checks that every rule belongs to one of the diagnosis phases. A rule without a phase, or with a
 * misspelt one, would compile and then never fire, or fire too late: an author must hear of it.
 */
final class PhaseCheck {

    /** Built rule sets are shared by the service and the tools: their problems are told in English. */
    private static final Texts ENGLISH = Texts.of(Texts.ENGLISH);

    private PhaseCheck() {
    }

    static List<RuleProblem> check(KieBase base, RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleIndex index = null;
        for (KiePackage kiePackage : base.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String group = rule instanceof RuleImpl impl ? impl.getAgendaGroup() : null;
                if (group != null && Phase.ofGroup(group).isEmpty()) {
                    index = index == null ? RuleIndex.of(files) : index;
                    problems.add(problem(index, rule.getName(), group));
                }
            }
        }
        return problems;
    }

    private static RuleProblem problem(RuleIndex index, String rule, String group) {
        String phases = String.join(", ", Phase.groups());
        String message = "MAIN".equals(group)
                ? ENGLISH.get("rules.build.no-phase", phases)
                : ENGLISH.get("rules.build.unknown-phase", group, phases);
        var indexed = index.named(rule);
        return new RuleProblem(indexed.map(IndexedRule::file).orElse(null), indexed.map(IndexedRule::line).orElse(0),
                rule, message);
    }
}
