package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import fr.aiguilleur.conversations.places.PlaceChoice;
import fr.aiguilleur.conversations.places.Position;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Leads as the dialogue stores them, with only what a dashboard test cares about chosen. */
final class SampleLeads {

    private SampleLeads() {
    }

    /** A new lead from this postcode, followed by the coordinator of its place (no coordinator named). */
    static Lead from(String firstName, String postcode) {
        return lead(firstName, postcode, null, LeadStatus.NEW, Samples.NOW);
    }

    /** A new lead from this postcode whose diagnosis chose these places near the person. */
    static Lead withPlaces(String firstName, String postcode, List<PlaceChoice> places) {
        return lead(firstName, postcode, null, LeadStatus.NEW, Samples.NOW, Samples.diagnosis().withPlaces(places));
    }

    /** A place of Mende (48000) for a person of the Lozère: free, open every day, with phone and booking. */
    static PlaceChoice place(String name, double km, boolean sample) {
        return new PlaceChoice("p-" + name, name, "2 rue de l'Épine, 48000 Mende", new Position(44.5181, 3.5008), km,
                "04 66 00 00 00", "https://rdv.example.org/mende", null, true, "24/7", LocalDate.of(2026, 4, 2),
                sample, "aide aux démarches administratives", "help with administrative procedures",
                "Administrative need (not autonomous)");
    }

    static Lead lead(String firstName, String postcode, String coordinatorId, LeadStatus status, Instant createdAt) {
        return lead(firstName, postcode, coordinatorId, status, createdAt, Samples.diagnosis());
    }

    private static Lead lead(String firstName, String postcode, String coordinatorId, LeadStatus status,
            Instant createdAt, Diagnosis diagnosis) {
        String departement = postcode == null ? null : postcode.substring(0, 2);
        return new Lead(UUID.randomUUID().toString(), new ConversationId("web:" + UUID.randomUUID()), Channel.WEB,
                "salon-2026", createdAt, firstName, "phone", "+33612345678", null, postcode, departement,
                diagnosis, List.of("early"), "onsite", null, false, status, coordinatorId, null, "fr",
                List.of("time"), List.of(), List.of(), 0);
    }

    /** The anonymised diagnosis of the lead's conversation, its answers stored out of questionnaire order. */
    static StoredDiagnosis storedDiagnosisOf(Lead lead) {
        var answers = new LinkedHashMap<String, List<String>>();
        answers.put("backup", List.of("no"));
        answers.put("sector", List.of("craft"));
        answers.put("admin_online", List.of("not_online"));
        answers.put("presence", List.of("social", "maps"));
        answers.put("role", List.of("owner"));
        var d = lead.diagnosis();
        return new StoredDiagnosis(lead.conversationId().value(), lead.createdAt(), lead.departement(),
                d.questionnaireVersion(), d.rulesVersion(), answers, d.decision(), d.priority(), d.autonomy(),
                d.scores(), d.levels(), d.services());
    }
}
