package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.questionnaire.Postcodes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One diagnosis kept anonymised: no contact details, the département instead of the postcode. The
 * conversation id is kept only so that /oubli can erase it.
 *
 * @param conversationId       the conversation's id value, for erasure
 * @param recordedAt           when the diagnosis was made
 * @param departement          from the postcode, or {@code null}
 * @param questionnaireVersion the questionnaire version of the answers
 * @param rulesVersion         the version of the rules that decided
 * @param answers              question id to option ids, without the postcode
 * @param decision             the orientation
 * @param priority             for a visit, else {@code null}
 * @param autonomy             the autonomy found, {@code null} for a redirect
 * @param scores               0..100 per axis
 * @param levels               level per axis
 * @param services             service ids proposed
 */
public record StoredDiagnosis(
        String conversationId,
        Instant recordedAt,
        String departement,
        String questionnaireVersion,
        String rulesVersion,
        Map<String, List<String>> answers,
        Decision decision,
        Priority priority,
        Level autonomy,
        Map<Axis, Integer> scores,
        Map<Axis, Level> levels,
        List<String> services) {

    /** The question whose answer is replaced by its département. */
    public static final String POSTCODE = "postcode";

    public StoredDiagnosis {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(decision, "decision");
        var copy = new LinkedHashMap<String, List<String>>();
        answers.forEach((question, values) -> copy.put(question, List.copyOf(values)));
        copy.remove(POSTCODE);
        answers = java.util.Collections.unmodifiableMap(copy);
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** The anonymised form of a diagnosis made on these answers. */
    public static StoredDiagnosis of(String conversationId, Answers answers, Diagnosis diagnosis, Instant at) {
        String departement = answers.single(POSTCODE).flatMap(Postcodes::departement).orElse(null);
        return new StoredDiagnosis(conversationId, at, departement, diagnosis.questionnaireVersion(),
                diagnosis.rulesVersion(), answers.byQuestion(), diagnosis.decision(), diagnosis.priority(),
                diagnosis.autonomy(), diagnosis.scores(), diagnosis.levels(), diagnosis.services());
    }
}
