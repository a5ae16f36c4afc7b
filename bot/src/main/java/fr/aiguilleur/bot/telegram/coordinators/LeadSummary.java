package fr.aiguilleur.bot.telegram.coordinators;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.conversations.booking.SlotLabels;
import fr.aiguilleur.conversations.booking.TimeZones;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.leads.Lead;
import java.time.ZoneId;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The summary of a lead a coordinator reads in Telegram: who, how to reach them, what they need.
 * Its words are the {@code lead.summary.*} texts and the shared names, in French (the coordinators' language).
 */
final class LeadSummary {

    private static final String LANGUAGE = Texts.FRENCH;

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
                return Texts.of(LANGUAGE).get("lead.summary.slot.call-back.within", callBackWithin);
            }
            return SlotLabels.both(lead.slot().start(), zones.apply(lead.slot()), TimeZones.ofPlace(lead.postcode()),
                    LANGUAGE);
        }
    }

    private final Questionnaires questionnaires;
    private final SlotTimes slotTimes;
    private final Texts texts = Texts.of(LANGUAGE);

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
        text.add(texts.get("lead.summary.first-name", orUnknown(lead.firstName())));
        text.add(texts.get("lead.summary.contact", contact(lead)));
        text.add(texts.get("lead.summary.postcode", orUnknown(lead.postcode()), orUnknown(lead.departement())));
        if (lead.diagnosis() != null) {
            addDiagnosis(text, lead.diagnosis());
        }
        addBooking(text, lead);
        return text.toString();
    }

    private void addDiagnosis(StringJoiner text, Diagnosis diagnosis) {
        text.add(texts.get("lead.summary.decision", decision(diagnosis))).add("").add(texts.get("lead.summary.needs"));
        for (Axis axis : Axis.values()) {
            needOf(diagnosis, axis).forEach(text::add);
        }
        String autonomy = diagnosis.autonomy() == null ? texts.get("autonomy.none")
                : texts.name("autonomy", diagnosis.autonomy());
        text.add("").add(texts.get("lead.summary.autonomy", autonomy));
    }

    private void addBooking(StringJoiner text, Lead lead) {
        text.add(texts.get("lead.summary.availability", labels(lead, "availability", lead.availability())));
        text.add(texts.get("lead.summary.format", labels(lead, "visit_format",
                lead.visitFormat() == null ? List.of() : List.of(lead.visitFormat()))));
        text.add(texts.get("lead.summary.slot",
                lead.slot() == null ? texts.get("lead.summary.slot.call-back") : lead.slot().label()));
        text.add(texts.get("lead.summary.source", orUnknown(lead.source())));
        text.add(texts.get("lead.summary.requested",
                texts.get(lead.requestedByPerson() ? "lead.summary.requested.yes" : "lead.summary.requested.no")));
        text.add(texts.get("lead.summary.reference", lead.id()));
    }

    private String title(Lead lead) {
        boolean urgent = lead.diagnosis() != null && lead.diagnosis().priority() == Priority.HIGH;
        return urgent ? texts.get("lead.summary.title.urgent", priority(Priority.HIGH)) : texts.get("lead.summary.title");
    }

    private String contact(Lead lead) {
        if ("phone".equals(lead.contactChannel())) {
            return texts.get("lead.summary.contact.phone", orUnknown(lead.phone()));
        }
        if ("email".equals(lead.contactChannel())) {
            return texts.get("lead.summary.contact.email", orUnknown(lead.email()));
        }
        if ("telegram".equals(lead.contactChannel())) {
            return texts.get("lead.summary.contact.telegram", lead.conversationId().value());
        }
        return orUnknown(lead.contactChannel());
    }

    private String decision(Diagnosis diagnosis) {
        String decision = texts.get("lead.summary.decision." + diagnosis.decision().name());
        return diagnosis.priority() == null ? decision
                : texts.get("lead.summary.decision.with-priority", decision, priority(diagnosis.priority()));
    }

    private String priority(Priority priority) {
        return texts.get("priority.named", texts.name(priority));
    }

    private List<String> needOf(Diagnosis diagnosis, Axis axis) {
        if (!diagnosis.levels().containsKey(axis)) {
            return List.of();
        }
        var lines = new ArrayList<String>();
        lines.add("• " + texts.get("lead.summary.need", texts.name(axis), level(diagnosis, axis), diagnosis.score(axis)));
        diagnosis.reasons().stream()
                .filter(reason -> reason.kind() == Reason.Kind.NEED && reason.axis() == axis)
                .forEach(reason -> lines.add("   – " + reason.text()));
        return lines;
    }

    private String level(Diagnosis diagnosis, Axis axis) {
        return diagnosis.level(axis) == null ? texts.get("level.none") : texts.name(diagnosis.level(axis));
    }

    private String labels(Lead lead, String questionId, List<String> optionIds) {
        if (optionIds.isEmpty()) {
            return texts.get("lead.summary.unknown");
        }
        var question = questionnaireOf(lead).question(questionId);
        return String.join(", ", optionIds.stream()
                .map(id -> question.flatMap(q -> q.option(id)).map(option -> option.label(LANGUAGE)).orElse(id))
                .toList());
    }

    private Questionnaire questionnaireOf(Lead lead) {
        String version = lead.diagnosis() == null ? null : lead.diagnosis().questionnaireVersion();
        return version == null ? questionnaires.current() : questionnaires.find(version).orElse(questionnaires.current());
    }

    private String orUnknown(String value) {
        return value == null || value.isBlank() ? texts.get("lead.summary.unknown") : value;
    }
}
