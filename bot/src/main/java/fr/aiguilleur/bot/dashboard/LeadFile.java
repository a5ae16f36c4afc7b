package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.leads.Lead;
import java.util.List;

/**
 * One lead with what the dashboard shows beside it.
 *
 * @param lead     the lead
 * @param follower the name of the coordinator who follows it
 * @param brief    the main points to talk about during the visit, at most three
 * @param answers  the diagnostic answers of its conversation in questionnaire order, empty when the
 *                 anonymised diagnosis is gone
 */
public record LeadFile(Lead lead, String follower, List<String> brief, List<AnswerLine> answers) {

    public LeadFile {
        brief = List.copyOf(brief);
        answers = List.copyOf(answers);
    }

    /**
     * One answer as the coordinator reads it.
     *
     * @param question the question's short label ("Sauvegarde")
     * @param answer   the options chosen, in French
     */
    public record AnswerLine(String question, String answer) {
    }
}
