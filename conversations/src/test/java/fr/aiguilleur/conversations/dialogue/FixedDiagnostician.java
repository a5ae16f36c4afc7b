package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.diagnosis.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A diagnostician for tests: answers a fixed diagnosis and remembers the answers it was given. */
final class FixedDiagnostician implements Diagnostician {

    final List<Answers> received = new ArrayList<>();
    private final Diagnosis diagnosis;

    FixedDiagnostician(Diagnosis diagnosis) {
        this.diagnosis = diagnosis;
    }

    @Override
    public Diagnosis diagnose(Answers answers) {
        received.add(answers);
        return diagnosis;
    }

    /** The baker of personas.yaml: administrative and presence needs high, a visit with priority. */
    static Diagnosis bookVisit() {
        return new Diagnosis(
                Map.of(Axis.ADMINISTRATIVE, 100, Axis.PRESENCE, 70, Axis.INTERNAL_TOOLS, 60, Axis.STRATEGY, 20),
                Map.of(Axis.ADMINISTRATIVE, Level.HIGH, Axis.PRESENCE, Level.HIGH, Axis.INTERNAL_TOOLS, Level.MEDIUM,
                        Axis.STRATEGY, Level.LOW),
                Level.MEDIUM, Decision.BOOK_VISIT, Priority.HIGH,
                List.of("france-services", "facturation-electronique", "francenum-guides"),
                List.of(Reason.need("démarches difficiles", Axis.ADMINISTRATIVE, 40,
                                "Vos démarches en ligne vous posent des difficultés."),
                        Reason.need("factures à la main", Axis.ADMINISTRATIVE, 25,
                                "Vous faites vos factures à la main."),
                        Reason.need("nulle part", Axis.PRESENCE, 45, "Vos clients ne vous trouvent pas sur internet."),
                        Reason.need("papier", Axis.INTERNAL_TOOLS, 35, "Vous vous organisez surtout sur papier."),
                        Reason.need("pas de projet", Axis.STRATEGY, 10, "Vous n'avez pas encore de projet numérique."),
                        Reason.of(Reason.Kind.DECISION, "visite", "Une démarche vous bloque.")),
                "v1", "test-rules");
    }

    static Diagnosis referToServices() {
        return new Diagnosis(
                Map.of(Axis.ADMINISTRATIVE, 15, Axis.PRESENCE, 45, Axis.INTERNAL_TOOLS, 0, Axis.STRATEGY, 10),
                Map.of(Axis.ADMINISTRATIVE, Level.LOW, Axis.PRESENCE, Level.MEDIUM, Axis.INTERNAL_TOOLS, Level.LOW,
                        Axis.STRATEGY, Level.LOW),
                Level.HIGH, Decision.REFER_TO_SERVICES, null,
                List.of("francenum-guides", "francenum-activateurs"),
                List.of(Reason.need("clients en ligne", Axis.PRESENCE, 30,
                        "Vos clients vous demandent souvent de commander en ligne.")),
                "v1", "test-rules");
    }

    static Diagnosis redirect() {
        return new Diagnosis(Map.of(), Map.of(), null, Decision.REDIRECT, null,
                List.of("france-services", "mediation-numerique", "lesbonsclics"),
                List.of(Reason.of(Reason.Kind.DECISION, "particulier", "Ce service est fait pour les entreprises.")),
                "v1", "test-rules");
    }
}
