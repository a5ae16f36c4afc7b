package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Check-ins as the store keeps them, of every status, for the follow-up indicators. Sent in May
 * 2026 (one in June); the 33 is alice's, the 75 bruno's, an unknown place the admin's.
 */
final class SampleCheckIns {

    static final Instant APRIL_1 = Instant.parse("2026-04-01T08:00:00Z");

    private SampleCheckIns() {
    }

    /** Forgets every check-in, so that a test sees only its own. */
    static void clear(CheckIns checkIns) {
        new ArrayList<>(checkIns.all()).forEach(checkIn -> checkIns.eraseFor(checkIn.conversationId()));
    }

    /**
     * In May: in the 33, one went and it helped (administrative need 60 → 30, asked for a visit), one
     * has not gone yet, one said "Non merci" after the first question; in the 75, one went in vain
     * (administrative 60 → 70); one from nowhere known pointed to a service gone from the catalogue.
     * Agreed in May: one of the 33 still waiting, one of the 33 sent in June.
     */
    static void keep(CheckIns checkIns) {
        List.of(
                checkIn("33", List.of("france-services"), CheckInStatus.ANSWERED, APRIL_1, "2026-05-12", CheckIn.YES,
                        CheckIn.YES, Map.of(Axis.ADMINISTRATIVE, 30), true),
                checkIn("33", List.of("france-services", "urssaf"), CheckInStatus.ASKING, APRIL_1, "2026-05-13",
                        CheckIn.NOT_YET, null, Map.of(), null),
                checkIn("33", List.of("urssaf"), CheckInStatus.STOPPED, APRIL_1, "2026-05-14", null, null, Map.of(),
                        null),
                checkIn("75", List.of("impots-pro"), CheckInStatus.ANSWERED, APRIL_1, "2026-05-15", CheckIn.YES,
                        CheckIn.NO, Map.of(Axis.ADMINISTRATIVE, 70), false),
                checkIn(null, List.of("ancien-service"), CheckInStatus.ASKING, APRIL_1, "2026-05-16", null, null,
                        Map.of(), null),
                checkIn("33", List.of("france-services"), CheckInStatus.WAITING, Instant.parse("2026-05-20T08:00:00Z"),
                        null, null, null, Map.of(), null),
                checkIn("33", List.of("urssaf"), CheckInStatus.ASKING, Instant.parse("2026-05-02T08:00:00Z"),
                        "2026-06-10", null, null, Map.of(), null))
                .forEach(checkIns::add);
    }

    static CheckIn checkIn(String departement, List<String> services, CheckInStatus status, Instant agreedAt,
            String sentOn, String went, String helped, Map<Axis, Integer> later, Boolean wantsVisit) {
        Instant sent = sentOn == null ? null : Instant.parse(sentOn + "T09:00:00Z");
        boolean answered = went != null || status == CheckInStatus.STOPPED && sent != null;
        String id = UUID.randomUUID().toString();
        return new CheckIn(id, new ConversationId("telegram:" + id), Channel.TELEGRAM, "fr", agreedAt, null,
                departement, services, Decision.REFER_TO_SERVICES, Map.of("admin_online", List.of("not_online")),
                Map.of(Axis.ADMINISTRATIVE, 60, Axis.PRESENCE, 40), status, sent, null, null, went, helped, later,
                wantsVisit, answered ? sent.plusSeconds(3600) : null, 0);
    }
}
