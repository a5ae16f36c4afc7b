package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.questionnaire.Option;
import fr.aiguilleur.conversations.questionnaire.Question;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.Service;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The words the dashboard and its export show for codes: statuses, needs, answers, services, dates. */
public final class Labels {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH)
            .withZone(ZONE);
    private static final Map<Axis, String> AXES = Map.of(
            Axis.ADMINISTRATIVE, "Démarches administratives",
            Axis.PRESENCE, "Présence en ligne",
            Axis.INTERNAL_TOOLS, "Outils de gestion",
            Axis.STRATEGY, "Stratégie numérique");

    private final Questionnaires questionnaires;
    private final ServiceCatalogue services;

    public Labels(Questionnaires questionnaires, ServiceCatalogue services) {
        this.questionnaires = questionnaires;
        this.services = services;
    }

    public String status(LeadStatus status) {
        String label = status.label();
        return label.substring(0, 1).toUpperCase(Locale.FRENCH) + label.substring(1);
    }

    public String axis(Axis axis) {
        return AXES.get(axis);
    }

    public String level(Level level) {
        return level == null ? "—" : switch (level) {
            case LOW -> "faible";
            case MEDIUM -> "moyen";
            case HIGH -> "fort";
        };
    }

    public String decision(Decision decision) {
        return decision == null ? "—" : switch (decision) {
            case BOOK_VISIT -> "Visite d'un conseiller";
            case REFER_TO_SERVICES -> "Services existants proposés";
            case REDIRECT -> "Réorientée ailleurs";
        };
    }

    public String priority(Priority priority) {
        return priority == null ? "—" : priority == Priority.HIGH ? "Haute" : "Normale";
    }

    public String channel(Channel channel) {
        return channel == null ? "—" : channel == Channel.WEB ? "Site web" : "Telegram";
    }

    public String dateTime(Instant at) {
        return at == null ? "—" : DATE_TIME.format(at);
    }

    /** The French label of an option of a question, or the option id when unknown. */
    public String answer(String questionId, String optionId) {
        if (optionId == null) {
            return "—";
        }
        return questionnaires.current().question(questionId).flatMap(question -> question.option(optionId))
                .map(option -> option.label("fr")).orElse(optionId);
    }

    /** Several options of a question, joined with commas. */
    public String answers(String questionId, List<String> optionIds) {
        if (optionIds == null || optionIds.isEmpty()) {
            return "—";
        }
        return optionIds.stream().map(id -> answer(questionId, id)).collect(Collectors.joining(", "));
    }

    /** The question's text in French, or its id when unknown. */
    public String question(String questionId) {
        return questionnaires.current().question(questionId).map(question -> question.text("fr").strip())
                .orElse(questionId);
    }

    /** The option ids of a question, in questionnaire order (for filters and charts). */
    public List<String> options(String questionId) {
        return questionnaires.current().question(questionId).map(Question::options).orElse(List.of()).stream()
                .map(Option::id).toList();
    }

    /** The question ids in the order they are asked. */
    public List<String> questionOrder() {
        return questionnaires.current().questions().stream().map(Question::id).toList();
    }

    public String service(String id) {
        return services.find(id).map(Service::name).orElse(id);
    }
}
