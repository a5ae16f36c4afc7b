package fr.aiguilleur.conversations.checkin;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import fr.aiguilleur.conversations.questionnaire.Postcodes;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One person's agreement to be asked, weeks later, whether their orientation helped, and what they
 * answered. Plain data, so a store can keep it as JSON. The answers are kept only until the
 * check-in ends (they are needed to score the need again); the conversation id is the
 * way to reach a person on Telegram (on the web chat, the e-mail address of their lead is) and to
 * erase everything on /oubli. The first and the later scores sit side by side: the change per axis
 * is their difference.
 *
 * @param id             derived from the conversation, so agreeing twice is one check-in
 * @param conversationId the conversation it was agreed in (on Telegram, the chat to write to)
 * @param channel        the conversation's channel
 * @param language       "fr" or "en"
 * @param agreedAt       when the person agreed: the referral to services
 * @param leadId         the visit booked in that conversation, or {@code null}: the delay then runs
 *                       from the visit marked done
 * @param departement    the person's département, for the indicators by territory, or {@code null}
 * @param services       the services the person was pointed to
 * @param decision       the orientation given
 * @param answers        the diagnostic answers (the need question's replaced by its new answer), kept
 *                       until the check-in ends: scored again, and the diagnosis of a visit asked for
 * @param firstScores    0..100 per axis, at the first diagnosis
 * @param status         where the check-in is
 * @param sentAt         when the first question went out, {@code null} before
 * @param needQuestion   the questionnaire question asked again, chosen when sending
 * @param asking         the question waiting for an answer, {@code null} when none
 * @param went           {@link #YES}, {@link #NOT_YET} or {@link #NO}; {@code null} before the answer
 * @param helped         {@link #YES}, {@link #A_LITTLE} or {@link #NO}; {@code null} when not asked
 * @param laterScores    0..100 per axis with the need answered again; empty before
 * @param wantsVisit     whether the person asked for a visit; {@code null} before the answer
 * @param answeredAt     when the last answer came, {@code null} before any
 * @param version        incremented by each change (optimistic locking in stores)
 */
public record CheckIn(
        String id,
        ConversationId conversationId,
        Channel channel,
        String language,
        Instant agreedAt,
        String leadId,
        String departement,
        List<String> services,
        Decision decision,
        Map<String, List<String>> answers,
        Map<Axis, Integer> firstScores,
        CheckInStatus status,
        Instant sentAt,
        String needQuestion,
        CheckInQuestion asking,
        String went,
        String helped,
        Map<Axis, Integer> laterScores,
        Boolean wantsVisit,
        Instant answeredAt,
        long version) {

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String NOT_YET = "not_yet";
    public static final String A_LITTLE = "a_little";

    public CheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        language = language == null ? "fr" : language;
        services = services == null ? List.of() : List.copyOf(services);
        var copy = new LinkedHashMap<String, List<String>>();
        if (answers != null) {
            answers.forEach((question, values) -> copy.put(question, List.copyOf(values)));
        }
        answers = java.util.Collections.unmodifiableMap(copy);
        firstScores = firstScores == null ? Map.of() : Map.copyOf(firstScores);
        laterScores = laterScores == null ? Map.of() : Map.copyOf(laterScores);
    }

    /** A new check-in, waiting for its day, from the person's agreement at the end of a conversation. */
    public static CheckIn agreed(DialogueEvent.FollowUpAccepted agreement) {
        var diagnosis = agreement.diagnosis();
        String departement = agreement.answers().single(StoredDiagnosis.POSTCODE)
                .flatMap(Postcodes::departement).orElse(null);
        return new CheckIn(agreement.checkInId(), agreement.id(), agreement.channel(), agreement.language(),
                agreement.at(), agreement.leadId(), departement, diagnosis.services(),
                diagnosis.decision(), agreement.answers().byQuestion(), diagnosis.scores(), CheckInStatus.WAITING,
                null, null, null, null, null, null, null, null, 0);
    }

    /** The change per axis (later minus first), for the axes scored both times; empty before. */
    public Map<Axis, Integer> change() {
        var change = new EnumMap<Axis, Integer>(Axis.class);
        laterScores.forEach((axis, later) -> {
            Integer first = firstScores.get(axis);
            if (first != null) {
                change.put(axis, later - first);
            }
        });
        return change;
    }

    /** Whether the person answered at least the first question. */
    public boolean reached() {
        return went != null || status == CheckInStatus.STOPPED && answeredAt != null;
    }

    /** Whether the person went to the service or saw the coordinator. */
    public boolean wentThere() {
        return YES.equals(went);
    }

    /** Whether it helped, a lot or a little. */
    public boolean helpedThem() {
        return YES.equals(helped) || A_LITTLE.equals(helped);
    }

    /**
     * The same check-in as sent: asking its first question, the need question chosen.
     *
     * @param visit the visit booked after the agreement (a referred person who asked for one), or
     *              this check-in's own
     */
    public CheckIn sent(Instant at, String question, String visit) {
        return new CheckIn(id, conversationId, channel, language, agreedAt, visit, departement, services,
                decision, answers, firstScores, CheckInStatus.ASKING, at, question, CheckInQuestion.WENT, went,
                helped, laterScores, wantsVisit, answeredAt, version + 1);
    }

    /**
     * The same check-in in another status, asking nothing more, its answers forgotten (whatever
     * the end: nothing is scored again after it).
     */
    public CheckIn ended(CheckInStatus ended, Instant at) {
        return new CheckIn(id, conversationId, channel, language, agreedAt, leadId, departement, services,
                decision, Map.of(), firstScores, ended, sentAt,
                needQuestion, null, went, helped, laterScores, wantsVisit, at == null ? answeredAt : at,
                version + 1);
    }

    /** The last answer given: whether the person asks for a visit; nothing more to ask, answers dropped. */
    CheckIn finished(Boolean visit, Instant at) {
        return new CheckIn(id, conversationId, channel, language, agreedAt, leadId, departement, services, decision,
                Map.of(), firstScores, CheckInStatus.ANSWERED, sentAt, needQuestion, null, went, helped, laterScores,
                visit, at, version + 1);
    }

    /** Whether the person went; {@code next} is asked now. */
    CheckIn wentAnswered(String option, CheckInQuestion next, Instant at) {
        return new CheckIn(id, conversationId, channel, language, agreedAt, leadId, departement, services,
                decision, answers, firstScores, status, sentAt, needQuestion, next, option, helped, laterScores,
                wantsVisit, at, version + 1);
    }

    /** Whether it helped; {@code next} is asked now. */
    CheckIn helpedAnswered(String option, CheckInQuestion next, Instant at) {
        return new CheckIn(id, conversationId, channel, language, agreedAt, leadId, departement, services,
                decision, answers, firstScores, status, sentAt, needQuestion, next, went, option, laterScores,
                wantsVisit, at, version + 1);
    }

    /**
     * The need answered again: the answers as they now stand, and both scores (first and later) as
     * the same rules count them; the visit offer is asked now.
     */
    CheckIn needAnswered(Map<String, List<String>> now, Map<Axis, Integer> first, Map<Axis, Integer> later,
            Instant at) {
        return new CheckIn(id, conversationId, channel, language, agreedAt, leadId, departement, services,
                decision, now, first, status, sentAt, needQuestion, CheckInQuestion.MORE, went, helped, later,
                wantsVisit, at, version + 1);
    }

    /** This check-in as it is, stored as {@code next} (it puts back an answer that could not be acted on). */
    public CheckIn asVersion(long next) {
        return new CheckIn(id, conversationId, channel, language, agreedAt, leadId, departement, services,
                decision, answers, firstScores, status, sentAt, needQuestion, asking, went, helped, laterScores,
                wantsVisit, answeredAt, next);
    }
}
