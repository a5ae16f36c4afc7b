package fr.aiguilleur.bot.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.dialogue.BookingDraft;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything kept about the person of one conversation (GDPR articles 15 and 20), as readable
 * JSON: the answers with their questions, the result with its reasons, the visit and the contact,
 * the follow-ups agreed to and their answers.
 */
public final class PersonalData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Questionnaires questionnaires;
    private final Leads leads;
    private final CheckIns checkIns;

    public PersonalData(Questionnaires questionnaires, Leads leads, CheckIns checkIns) {
        this.questionnaires = questionnaires;
        this.leads = leads;
        this.checkIns = checkIns;
    }

    public byte[] json(Conversation conversation) {
        var data = new LinkedHashMap<String, Object>();
        var about = new LinkedHashMap<String, Object>();
        about.put("channel", conversation.channel().name().toLowerCase(java.util.Locale.ROOT));
        about.put("language", conversation.language());
        about.put("startedAt", conversation.startedAt().toString());
        if (conversation.consentAt() != null) {
            about.put("consentAt", conversation.consentAt().toString());
        }
        data.put("conversation", about);
        data.put("answers", answers(conversation));
        if (conversation.diagnosis() != null) {
            data.put("result", result(conversation.diagnosis(), conversation.language()));
        }
        BookingDraft booking = conversation.booking();
        if (booking != null) {
            data.put("visit", visit(conversation, booking));
        }
        List<Map<String, Object>> followUps = checkIns.of(conversation.id()).stream().map(PersonalData::followUp)
                .toList();
        if (!followUps.isEmpty()) {
            data.put("followUps", followUps);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Map<String, Object>> answers(Conversation conversation) {
        var answers = new ArrayList<Map<String, Object>>();
        var questionnaire = questionnaires.find(conversation.questionnaireVersion());
        conversation.answers().byQuestion().forEach((id, values) -> {
            var question = questionnaire.flatMap(found -> found.question(id));
            var answer = new LinkedHashMap<String, Object>();
            answer.put("question", question.map(found -> found.text(conversation.language())).orElse(id));
            answer.put("answer", values.stream().map(value -> question.flatMap(found -> found.option(value))
                    .map(option -> option.label(conversation.language())).orElse(value)).toList());
            answers.add(answer);
        });
        return answers;
    }

    private static Map<String, Object> result(Diagnosis diagnosis, String language) {
        var result = new LinkedHashMap<String, Object>();
        result.put("scores", diagnosis.scores());
        result.put("levels", diagnosis.levels());
        result.put("autonomy", diagnosis.autonomy());
        result.put("decision", diagnosis.decision());
        result.put("priority", diagnosis.priority());
        result.put("reasons", diagnosis.reasons().stream().map(reason -> reason.text(language)).toList());
        return result;
    }

    /** A follow-up agreed to: when, where it is, and what the person answered. */
    private static Map<String, Object> followUp(CheckIn checkIn) {
        var followUp = new LinkedHashMap<String, Object>();
        followUp.put("agreedAt", checkIn.agreedAt().toString());
        followUp.put("status", checkIn.status());
        followUp.put("sentAt", checkIn.sentAt() == null ? null : checkIn.sentAt().toString());
        followUp.put("went", checkIn.went());
        followUp.put("helped", checkIn.helped());
        followUp.put("scoresThen", checkIn.firstScores());
        followUp.put("scoresLater", checkIn.laterScores().isEmpty() ? null : checkIn.laterScores());
        followUp.put("wantsVisit", checkIn.wantsVisit());
        followUp.values().removeIf(Objects::isNull);
        return followUp;
    }

    private Map<String, Object> visit(Conversation conversation, BookingDraft booking) {
        var visit = new LinkedHashMap<String, Object>();
        visit.put("availability", booking.availability());
        visit.put("format", booking.visitFormat());
        visit.put("slot", booking.slot() == null ? null : booking.slot().label());
        Lead lead = booking.leadId() == null ? null : leads.find(booking.leadId()).orElse(null);
        visit.put("status", lead == null ? null : lead.status());
        visit.put("firstName", lead == null ? booking.firstName() : lead.firstName());
        visit.put("contactChannel", lead == null ? booking.contactChannel() : lead.contactChannel());
        visit.put("phone", lead == null ? booking.phone() : lead.phone());
        visit.put("email", lead == null ? booking.email() : lead.email());
        visit.values().removeIf(Objects::isNull);
        return visit;
    }
}
