package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.questionnaire.Option;
import fr.aiguilleur.conversations.questionnaire.Question;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.Service;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.conversations.texts.Texts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words the dashboard and its exports show for codes (statuses, needs, answers, services) and
 * for dates, all read from the French texts: the dashboard speaks French to coordinators.
 */
public final class Labels {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);

    private final Questionnaires questionnaires;
    private final ServiceCatalogue services;
    private final Texts texts = Texts.of(Texts.FRENCH);

    public Labels(Questionnaires questionnaires, ServiceCatalogue services) {
        this.questionnaires = questionnaires;
        this.services = services;
    }

    /** A dashboard sentence (key of the {@code dashboard.*} section, or a shared name). */
    public String text(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    public String status(LeadStatus status) {
        return capitalised(texts.get("lead.status." + status.name()));
    }

    public String axis(Axis axis) {
        return texts.get("axis." + axis.name());
    }

    public String level(Level level) {
        return level == null ? none() : texts.get("level." + level.name());
    }

    public String autonomy(Level level) {
        return level == null ? none() : texts.get("autonomy." + level.name());
    }

    public String decision(Decision decision) {
        return decision == null ? none() : capitalised(texts.get("decision." + decision.name()));
    }

    public String priority(Priority priority) {
        return priority == null ? none() : capitalised(texts.get("priority." + priority.name()));
    }

    /** "Priorité haute", for the list. */
    public String priorityNamed(Priority priority) {
        String name = priority == null ? none() : texts.get("priority." + priority.name());
        return capitalised(texts.get("priority.named", name));
    }

    public String channel(Channel channel) {
        return channel == null ? none() : capitalised(texts.get("channel." + channel.name()));
    }

    /** {@code dd/MM/yyyy HH:mm}, French time: sortable, with the year. */
    public String dateTime(Instant at) {
        return at == null ? none() : DATE_TIME.format(at.atZone(ZONE));
    }

    /** {@code dd/MM/yyyy}. */
    public static String day(java.time.LocalDate day) {
        return DAY.format(day);
    }

    public String dateTime(LocalDateTime at) {
        return at == null ? none() : DATE_TIME.format(at);
    }

    /** The French label of an option of a question, or the option id when unknown. */
    public String answer(String questionId, String optionId) {
        if (optionId == null) {
            return none();
        }
        return questionnaires.current().question(questionId).flatMap(question -> question.option(optionId))
                .map(option -> option.label(Texts.FRENCH)).orElse(optionId);
    }

    /** Several options of a question, joined with commas. */
    public String answers(String questionId, List<String> optionIds) {
        if (optionIds == null || optionIds.isEmpty()) {
            return none();
        }
        return optionIds.stream().map(id -> answer(questionId, id)).collect(Collectors.joining(", "));
    }

    /** The question's text in French, or its id when unknown. */
    public String question(String questionId) {
        return questionnaires.current().question(questionId).map(question -> question.text(Texts.FRENCH).strip())
                .orElse(questionId);
    }

    /** The question's short label ("Sauvegarde"), else its text. */
    public String shortQuestion(String questionId) {
        String key = "dashboard.question." + questionId;
        return texts.has(key) ? texts.get(key) : question(questionId);
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

    public String none() {
        return texts.get("dashboard.none");
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.FRENCH) + label.substring(1);
    }
}
