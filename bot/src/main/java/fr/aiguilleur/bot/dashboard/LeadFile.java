package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.leads.Lead;
import java.util.List;
import java.util.Map;

/**
 * One lead with what the dashboard shows beside it.
 *
 * @param lead     the lead
 * @param follower the name of the coordinator who follows it
 * @param answers  the diagnostic answers of its conversation (question id to option ids), empty
 *                 when the anonymised diagnosis is gone
 */
record LeadFile(Lead lead, String follower, Map<String, List<String>> answers) {

    LeadFile {
        answers = Map.copyOf(answers);
    }
}
