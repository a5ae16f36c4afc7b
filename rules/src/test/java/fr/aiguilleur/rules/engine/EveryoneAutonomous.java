package fr.aiguilleur.rules.engine;

/** A rule file standing in for {@code autonomy.drl}: one rule that finds everyone autonomous. */
final class EveryoneAutonomous {

    static final RuleFile FILE = new RuleFile("autonomy.drl", """
            package fr.aiguilleur.rules;
            agenda-group "autonomy"
            rule "Everyone is autonomous"
            when
            then
                insert(new Autonomy(fr.aiguilleur.conversations.diagnosis.Level.HIGH, "Oui.", "Yes."));
            end
            """.getBytes());

    private EveryoneAutonomous() {
    }
}
