package fr.aiguilleur.bot.telegram.coordinators;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.conversations.booking.SlotLabels;
import fr.aiguilleur.conversations.booking.TimeZones;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.leads.Lead;
import java.time.ZoneId;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The plain-French summary of a lead a coordinator reads in Telegram: who, how to reach them, what they need. */
final class LeadSummary {

    private static final Map<Axis, String> NEEDS = Map.of(
            Axis.ADMINISTRATIVE, "Démarches administratives",
            Axis.PRESENCE, "Présence en ligne",
            Axis.INTERNAL_TOOLS, "Outils internes",
            Axis.STRATEGY, "Stratégie numérique");
    private static final Map<Level, String> LEVELS = Map.of(Level.LOW, "faible", Level.MEDIUM, "moyen",
            Level.HIGH, "fort");

    /**
     * How slots read for coordinators.
     *
     * @param zones            the zone of a slot (its coordinator's)
     * @param callBackWithin   working days within which a lead without a slot is called
     */
    record SlotTimes(java.util.function.Function<VisitSlot, ZoneId> zones, int callBackWithin) {

        static final SlotTimes PARIS = new SlotTimes(slot -> TimeZones.PARIS, 2);

        /** The slot in the coordinator's time and, when it differs, in the person's. */
        String of(Lead lead) {
            if (lead.slot() == null) {
                return "à rappeler sous " + callBackWithin + " jours ouvrés pour convenir d'un moment (la personne en est prévenue)";
            }
            return SlotLabels.both(lead.slot().start(), zones.apply(lead.slot()), TimeZones.ofPlace(lead.postcode()), "fr");
        }
    }

    private final Questionnaires questionnaires;
    private final SlotTimes slotTimes;

    LeadSummary(Questionnaires questionnaires) {
        this(questionnaires, SlotTimes.PARIS);
    }

    LeadSummary(Questionnaires questionnaires, SlotTimes slotTimes) {
        this.questionnaires = questionnaires;
        this.slotTimes = slotTimes;
    }

    String of(Lead lead) {
        var text = new StringJoiner("\n");
        text.add(title(lead)).add("");
        text.add("Prénom : " + orUnknown(lead.firstName()));
        text.add("Contact : " + contact(lead));
        text.add("Code postal : " + orUnknown(lead.postcode()) + " (département " + orUnknown(lead.departement()) + ")");
        if (lead.diagnosis() != null) {
            addDiagnosis(text, lead.diagnosis());
        }
        addBooking(text, lead);
        return text.toString();
    }

    private static void addDiagnosis(StringJoiner text, Diagnosis diagnosis) {
        text.add("Décision : " + decision(diagnosis)).add("").add("Besoins :");
        for (Axis axis : Axis.values()) {
            needOf(diagnosis, axis).forEach(text::add);
        }
        text.add("").add("Autonomie numérique : " + level(diagnosis.autonomy()));
    }

    private void addBooking(StringJoiner text, Lead lead) {
        text.add("Disponibilités : " + labels(lead, "availability", lead.availability()));
        text.add("Format : " + labels(lead, "visit_format", lead.visitFormat() == null ? List.of() : List.of(lead.visitFormat())));
        text.add("Créneau : " + slotTimes.of(lead));
        text.add("Source : " + orUnknown(lead.source()));
        text.add("Demandée par la personne : " + (lead.requestedByPerson() ? "oui" : "non, proposée par le diagnostic"));
        text.add("Référence : " + lead.id());
    }

    private static String title(Lead lead) {
        boolean urgent = lead.diagnosis() != null && lead.diagnosis().priority() == Priority.HIGH;
        return urgent ? "Nouvelle demande de visite — priorité haute" : "Nouvelle demande de visite";
    }

    private static String contact(Lead lead) {
        if ("phone".equals(lead.contactChannel())) {
            return "par téléphone, " + orUnknown(lead.phone());
        }
        if ("email".equals(lead.contactChannel())) {
            return "par e-mail, " + orUnknown(lead.email());
        }
        if ("telegram".equals(lead.contactChannel())) {
            return "sur Telegram, par le bot (conversation " + lead.conversationId().value() + ")";
        }
        return orUnknown(lead.contactChannel());
    }

    private static String decision(Diagnosis diagnosis) {
        String decision = switch (diagnosis.decision()) {
            case BOOK_VISIT -> "visite proposée";
            case REFER_TO_SERVICES -> "orientée vers les services";
            case REDIRECT -> "hors du champ";
        };
        return diagnosis.priority() == null ? decision
                : decision + ", priorité " + (diagnosis.priority() == Priority.HIGH ? "haute" : "normale");
    }

    private static List<String> needOf(Diagnosis diagnosis, Axis axis) {
        if (!diagnosis.levels().containsKey(axis)) {
            return List.of();
        }
        var lines = new ArrayList<String>();
        lines.add("• " + NEEDS.get(axis) + " : " + level(diagnosis.level(axis)) + " (" + diagnosis.score(axis) + "/100)");
        diagnosis.reasons().stream()
                .filter(reason -> reason.kind() == Reason.Kind.NEED && reason.axis() == axis)
                .forEach(reason -> lines.add("   – " + reason.text()));
        return lines;
    }

    private String labels(Lead lead, String questionId, List<String> optionIds) {
        if (optionIds.isEmpty()) {
            return "non précisé";
        }
        var question = questionnaireOf(lead).question(questionId);
        return String.join(", ", optionIds.stream()
                .map(id -> question.flatMap(q -> q.option(id)).map(option -> option.label("fr")).orElse(id))
                .toList());
    }

    private Questionnaire questionnaireOf(Lead lead) {
        String version = lead.diagnosis() == null ? null : lead.diagnosis().questionnaireVersion();
        return version == null ? questionnaires.current() : questionnaires.find(version).orElse(questionnaires.current());
    }

    private static String level(Level level) {
        return level == null ? "non évaluée" : LEVELS.get(level);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "non précisé" : value;
    }
}
