package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;

/** The French words the explanation uses for the diagnosis vocabulary. */
final class FrenchWords {

    private FrenchWords() {
    }

    static String need(Axis axis) {
        return switch (axis) {
            case ADMINISTRATIVE -> "Démarches administratives en ligne";
            case PRESENCE -> "Présence en ligne";
            case INTERNAL_TOOLS -> "Outils de travail et d'équipe";
            case STRATEGY -> "Stratégie numérique";
        };
    }

    static String needLevel(Level level) {
        return level == null ? "sans niveau" : switch (level) {
            case LOW -> "faible";
            case MEDIUM -> "moyen";
            case HIGH -> "fort";
        };
    }

    static String autonomy(Level level) {
        return level == null ? "non évaluée" : switch (level) {
            case LOW -> "faible";
            case MEDIUM -> "moyenne";
            case HIGH -> "forte";
        };
    }

    static String decision(Decision decision) {
        return switch (decision) {
            case REDIRECT -> "réorientation vers un service plus adapté";
            case BOOK_VISIT -> "visite d'un conseiller";
            case REFER_TO_SERVICES -> "services existants";
        };
    }

    static String priority(Priority priority) {
        return priority == Priority.HIGH ? "priorité haute" : "priorité normale";
    }

    static String rule(String name) {
        return "(règle « " + name + " »)";
    }
}
