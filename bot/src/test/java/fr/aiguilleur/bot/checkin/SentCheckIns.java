package fr.aiguilleur.bot.checkin;

import fr.aiguilleur.bot.Personas;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.checkin.MainNeed;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Check-ins of the web chat as the job leaves them once their mail went out: the baker of the
 * personas, who booked a visit, asked whether she met the coordinator, her main need chosen by the
 * rules of the day. Kept in the service's store, so that its page can be opened.
 */
final class SentCheckIns {

    private final CheckIns checkIns;
    private final Diagnostician diagnostician;
    private final Questionnaires questionnaires;

    SentCheckIns(CheckIns checkIns, Diagnostician diagnostician, Questionnaires questionnaires) {
        this.checkIns = checkIns;
        this.diagnostician = diagnostician;
        this.questionnaires = questionnaires;
    }

    /** A check-in sent now, in a language, asking its first question; stored. */
    CheckIn sent(String language) {
        Map<String, List<String>> answers = answers("boulangere-seule-demarches-difficiles");
        var diagnosis = diagnostician.diagnose(new Answers(answers));
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        var agreed = new CheckIn(id, new ConversationId("web:" + UUID.randomUUID()), Channel.WEB, language, now,
                "lead-" + id, "33", diagnosis.services(), diagnosis.decision(), answers, diagnosis.scores(),
                CheckInStatus.WAITING, null, null, null, null, null, null, null, null, 0);
        String need = new MainNeed(diagnostician).of(agreed, questionnaires.current()).orElseThrow();
        CheckIn sent = agreed.sent(now, need, agreed.leadId());
        checkIns.add(sent);
        return sent;
    }

    /** The persona's answers, a list for each question. */
    private static Map<String, List<String>> answers(String persona) {
        var answers = new LinkedHashMap<String, List<String>>();
        Personas.named(persona).answers().forEach((question, value) -> answers.put(question,
                value instanceof List<?> several ? several.stream().map(Object::toString).toList()
                        : List.of(value.toString())));
        return answers;
    }
}
