package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a coordinator reads before a visit: the three main points, taken from the reasons of the
 * needs that weigh most, and the answers in the order they were asked.
 */
final class VisitBrief {

    /** How many points the visit brief lists. */
    static final int POINTS = 3;

    private final Labels labels;

    VisitBrief(Labels labels) {
        this.labels = labels;
    }

    /** The reasons of the needs, most points first, each with its need; at most three. */
    List<String> points(Diagnosis diagnosis) {
        if (diagnosis == null) {
            return List.of();
        }
        return diagnosis.reasons().stream()
                .filter(reason -> reason.kind() == Reason.Kind.NEED && reason.axis() != null)
                .filter(reason -> reason.points() == null || reason.points() > 0)
                .sorted(Comparator.comparing((Reason reason) -> Objects.requireNonNullElse(reason.points(), 0))
                        .reversed())
                .limit(POINTS)
                .map(reason -> labels.text("dashboard.lead.brief.point", reason.text().strip(),
                        labels.axis(reason.axis())))
                .toList();
    }

    /** The answers in questionnaire order with each question's short label; unknown questions last. */
    List<LeadFile.AnswerLine> answers(Map<String, List<String>> answers) {
        var lines = new ArrayList<LeadFile.AnswerLine>();
        List<String> order = labels.questionOrder();
        order.stream().filter(answers::containsKey).forEach(question -> lines.add(line(question, answers)));
        answers.keySet().stream().filter(question -> !order.contains(question)).sorted()
                .forEach(question -> lines.add(line(question, answers)));
        return lines;
    }

    private LeadFile.AnswerLine line(String question, Map<String, List<String>> answers) {
        return new LeadFile.AnswerLine(labels.shortQuestion(question), labels.answers(question, answers.get(question)));
    }
}
