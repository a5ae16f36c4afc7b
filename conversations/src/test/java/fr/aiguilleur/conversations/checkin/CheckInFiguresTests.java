package fr.aiguilleur.conversations.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the check-ins show a funder, computed on check-ins of every status. */
class CheckInFiguresTests {

    private static final Instant AGREED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant SENT = Instant.parse("2026-04-13T10:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2026-04-13T12:00:00Z");

    /** A check-in of the 33, pointed to France Num, with the answers given so far. */
    static CheckIn checkIn(String id, String departement, List<String> services, CheckInStatus status, boolean sent,
            String went, String helped, Map<Axis, Integer> later, Boolean wantsVisit) {
        boolean answered = went != null || status == CheckInStatus.STOPPED && sent;
        return new CheckIn(id, new ConversationId("telegram:" + id), Channel.TELEGRAM, "fr", AGREED, null,
                departement, services, Decision.REFER_TO_SERVICES, Map.of(),
                Map.of(Axis.ADMINISTRATIVE, 60, Axis.PRESENCE, 40), status, sent ? SENT : null, null, null, went,
                helped, later, wantsVisit, answered ? ANSWERED : null, 1);
    }

    private static CheckIn checkIn(String id, CheckInStatus status, boolean sent, String went, String helped) {
        return checkIn(id, "33", List.of("francenum"), status, sent, went, helped, Map.of(), null);
    }

    /** One of each: waiting, sent and unanswered, not yet gone, went and helped (rescored), went in vain, stopped. */
    private static List<CheckIn> everyStatus() {
        return List.of(
                checkIn("waiting", CheckInStatus.WAITING, false, null, null),
                checkIn("asking", CheckInStatus.ASKING, true, null, null),
                checkIn("not-yet", CheckInStatus.ASKING, true, CheckIn.NOT_YET, null),
                checkIn("helped", "33", List.of("francenum", "cci"), CheckInStatus.ANSWERED, true, CheckIn.YES,
                        CheckIn.A_LITTLE, Map.of(Axis.ADMINISTRATIVE, 30, Axis.PRESENCE, 40), true),
                checkIn("in-vain", "75", List.of("cci"), CheckInStatus.ANSWERED, true, CheckIn.YES, CheckIn.NO,
                        Map.of(Axis.ADMINISTRATIVE, 50, Axis.PRESENCE, 50), false),
                checkIn("stopped", CheckInStatus.STOPPED, true, null, null),
                checkIn("stopped-early", CheckInStatus.STOPPED, false, null, null),
                checkIn("dropped", CheckInStatus.DROPPED, false, null, null));
    }

    @Test
    void countsEachStepFromSentToHelped() {
        var figures = CheckInFigures.of(everyStatus());
        assertThat(figures.agreed()).isEqualTo(8);
        assertThat(figures.sent()).isEqualTo(5);
        assertThat(figures.reached()).as("answered the first question, or 'Non merci' after it came").isEqualTo(4);
        assertThat(figures.went()).isEqualTo(2);
        assertThat(figures.helped()).isEqualTo(1);
        assertThat(figures.rescored()).isEqualTo(2);
        assertThat(figures.visitsAsked()).isEqualTo(1);
        assertThat(figures.stopped()).isEqualTo(2);
    }

    @Test
    void sharesEachStepOfTheOneBefore() {
        var figures = CheckInFigures.of(everyStatus());
        assertThat(figures.reachedShare()).isCloseTo(4 / 5.0, within(1e-9));
        assertThat(figures.wentShare()).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(figures.helpedShare()).isCloseTo(1 / 2.0, within(1e-9));
    }

    @Test
    void meansTheChangeOfEachNeedOverThoseScoredAgainNegativeWhenTheNeedWentDown() {
        var figures = CheckInFigures.of(everyStatus());
        assertThat(figures.meanChange()).containsOnlyKeys(Axis.ADMINISTRATIVE, Axis.PRESENCE);
        assertThat(figures.meanChange().get(Axis.ADMINISTRATIVE)).isCloseTo((-30 + -10) / 2.0, within(1e-9));
        assertThat(figures.meanChange().get(Axis.PRESENCE)).isCloseTo((0 + 10) / 2.0, within(1e-9));
    }

    @Test
    void leavesOutAnAxisScoredOnlyOnce() {
        var later = checkIn("later-only", "33", List.of(), CheckInStatus.ANSWERED, true, CheckIn.YES, CheckIn.YES,
                Map.of(Axis.STRATEGY, 20, Axis.PRESENCE, 10), null);
        assertThat(CheckInFigures.of(List.of(later)).meanChange()).containsOnly(Map.entry(Axis.PRESENCE, -30.0));
    }

    @Nested
    class ByGroup {

        @Test
        void countsACheckInForEachOfItsServices() {
            var byService = CheckInFigures.byService(everyStatus());
            assertThat(byService).containsOnlyKeys("cci", "francenum");
            assertThat(byService.get("cci").sent()).isEqualTo(2);
            assertThat(byService.get("cci").helped()).isEqualTo(1);
            assertThat(byService.get("cci").meanChange().get(Axis.ADMINISTRATIVE)).isCloseTo(-20, within(1e-9));
            assertThat(byService.get("francenum").agreed()).isEqualTo(7);
            assertThat(byService.get("francenum").went()).isEqualTo(1);
        }

        @Test
        void groupsByDepartementWithAQuestionMarkWhenUnknown() {
            var all = new java.util.ArrayList<>(everyStatus());
            all.add(checkIn("nowhere", null, List.of(), CheckInStatus.ASKING, true, null, null, Map.of(), null));
            var byTerritory = CheckInFigures.byTerritory(all);
            assertThat(byTerritory).containsOnlyKeys("33", "75", "?");
            assertThat(byTerritory.get("75").went()).isEqualTo(1);
            assertThat(byTerritory.get("75").helped()).isZero();
            assertThat(byTerritory.get("33").sent()).isEqualTo(4);
            assertThat(byTerritory.get("?").sent()).isEqualTo(1);
        }
    }

    @Test
    void isAllZerosWithNoShareAndNoChangeWhenThereIsNothing() {
        var none = CheckInFigures.of(List.of());
        assertThat(none).isEqualTo(new CheckInFigures(0, 0, 0, 0, 0, 0, 0, 0, Map.of()));
        assertThat(none.reachedShare()).isZero();
        assertThat(none.wentShare()).isZero();
        assertThat(none.helpedShare()).isZero();
        assertThat(CheckInFigures.byService(List.of())).isEmpty();
        assertThat(CheckInFigures.byTerritory(List.of())).isEmpty();
    }
}
